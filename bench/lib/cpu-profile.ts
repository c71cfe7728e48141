/**
 * Reads V8 CPU profiles (`node --cpu-prof`) and sums self time by where the code lives: a package
 * (aws-cdk-lib by submodule), a folder of this repository, or a part of node itself. Comparing the
 * sums of ours and the hand-written app shows what our extra time is spent on.
 */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly url: string; readonly functionName: string };
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Where a frame's code lives, coarse enough to compare two programs. */
export function codeOwner(url: string, functionName: string, root: string): string {
  if (url === '') return `(${functionName || 'native'})`;
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:([^/]+)\/)?/.exec(path);
  if (pkg) return pkg[1] === 'aws-cdk-lib' && pkg[2] ? `aws-cdk-lib/${pkg[2]}` : pkg[1];
  if (path.startsWith('node:internal/modules')) return 'node: module loading';
  if (path.startsWith('node:')) return 'node: other';
  const local = path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
  return local.split('/').slice(0, 2).join('/');
}

/** Self time in milliseconds per code owner, summed over the profiles, averaged per profile. */
export function selfTimeByOwner(
  profiles: readonly CpuProfile[],
  root: string,
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const profile of profiles) {
    const owners = new Map(
      profile.nodes.map((n) => [n.id, codeOwner(n.callFrame.url, n.callFrame.functionName, root)]),
    );
    profile.samples.forEach((nodeId, i) => {
      const owner = owners.get(nodeId) ?? '(unknown)';
      totals.set(owner, (totals.get(owner) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
  }
  for (const [owner, ms] of totals) totals.set(owner, ms / Math.max(profiles.length, 1));
  return totals;
}
