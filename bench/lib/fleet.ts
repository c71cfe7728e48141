/**
 * Names of the fleets the bench synthesizes: n copies of the reference cluster of
 * config/default.yaml that differ only in stage and name (hence also in ExternalDNS txtOwnerId).
 * One cluster is the default config itself (stage `dev`); larger fleets use stages s01, s02, ...
 * The hand-written baseline builds the same names, so both sides synthesize the same stages.
 * This module imports nothing: the baseline app loads it and must not pay for modules a
 * hand-written app would not load.
 */
export function stageNames(count: number): string[] {
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`cluster count must be a positive integer, got ${count}`);
  }
  if (count === 1) return ['dev'];
  return Array.from({ length: count }, (_, i) => `s${String(i + 1).padStart(2, '0')}`);
}

export function clusterNames(count: number): string[] {
  return stageNames(count).map((stage) => `eks-${stage}-1-35`);
}
