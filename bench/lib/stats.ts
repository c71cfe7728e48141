/** One whole-process run of a variant. Times in milliseconds, memory in kibibytes. */
export interface Sample {
  readonly wallMs: number;
  readonly userMs: number;
  readonly sysMs: number;
  readonly maxRssKb: number;
}

/** The medians of a variant's measured runs, plus how far its wall times spread. */
export interface Summary {
  readonly runs: number;
  readonly wallMs: number;
  /** user + system CPU time of the child and the children it waited for. */
  readonly cpuMs: number;
  readonly maxRssKb: number;
  /** (slowest - fastest) / median wall time: above ~0.1 the machine was busy. */
  readonly wallSpread: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarize(samples: readonly Sample[]): Summary {
  const walls = samples.map((s) => s.wallMs);
  const wallMs = median(walls);
  return {
    runs: samples.length,
    wallMs,
    cpuMs: median(samples.map((s) => s.userMs + s.sysMs)),
    maxRssKb: median(samples.map((s) => s.maxRssKb)),
    wallSpread: wallMs === 0 ? 0 : (Math.max(...walls) - Math.min(...walls)) / wallMs,
  };
}

/** Cost of each cluster beyond the smallest fleet: (T(large) - T(small)) / (large - small). */
export function perAddedCluster(
  small: { clusters: number; value: number },
  large: { clusters: number; value: number },
): number {
  if (large.clusters <= small.clusters) {
    throw new RangeError(`need a larger fleet than ${small.clusters}, got ${large.clusters}`);
  }
  return (large.value - small.value) / (large.clusters - small.clusters);
}
