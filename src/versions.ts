/** Compares dotted versions (`v2.9.2`, `1.21.1`); non-numeric parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

export function isVersion(value: string | undefined): value is string {
  return value !== undefined && /^v?\d+(\.\d+){0,2}([-+].*)?$/.test(value);
}

function parts(version: string): number[] {
  return version
    .replace(/^v/, '')
    .split(/[-+]/)[0]
    .split('.')
    .map((p) => Number.parseInt(p, 10) || 0);
}

/** Major and minor of a version: `v2.9.2` -> `2.9`. */
export function minorOf(version: string): string {
  return parts(version).slice(0, 2).join('.');
}
