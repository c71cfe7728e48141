import { forEachStack } from './resources';

/**
 * Compares what two assemblies write, resource by resource, apart from what only names code:
 * logical ids (which carry a hash of the construct path), construct paths in tags and
 * descriptions, and the CDK metadata. Two apps that build the same AWS resources with different
 * construct trees compare equal.
 */
const LOGICAL_ID = /[A-Za-z0-9]*[A-F0-9]{8}\b/g;

/** A resource as JSON with sorted keys, its metadata dropped and names of code blanked. */
export function normalizeResource(resource: object, stage: string): string {
  const { Metadata: _metadata, ...rest } = resource as Record<string, unknown>;
  const escaped = stage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const constructPath = new RegExp(`${escaped}(?:/[\\w.-]+)*/([\\w.-]+)`, 'g');
  return JSON.stringify(sortKeys(rest)).replace(constructPath, '$1').replace(LOGICAL_ID, 'ID');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

/** Normalized resources per `<stack kind> <type>`, e.g. `Addons AWS::IAM::Policy`. */
export function resourceShapes(assemblyDir: string): Map<string, string[]> {
  const shapes = new Map<string, string[]>();
  forEachStack(assemblyDir, ({ stack, resources }) => {
    const cut = stack.lastIndexOf('/');
    const [stage, kind] = [stack.slice(0, Math.max(cut, 0)), stack.slice(cut + 1)];
    for (const resource of Object.values(resources)) {
      const key = `${kind} ${resource.Type}`;
      const list = shapes.get(key) ?? [];
      list.push(stage ? normalizeResource(resource, stage) : JSON.stringify(sortKeys(resource)));
      shapes.set(key, list);
    }
  });
  return shapes;
}

/** How many resources of each stack kind and type have no identical twin on the other side. */
export function diffShapes(
  ours: ReadonlyMap<string, readonly string[]>,
  baseline: ReadonlyMap<string, readonly string[]>,
): { readonly key: string; readonly differing: number }[] {
  const keys = [...new Set([...ours.keys(), ...baseline.keys()])].sort();
  const result: { key: string; differing: number }[] = [];
  for (const key of keys) {
    const unmatched = [...(baseline.get(key) ?? [])];
    let differing = 0;
    for (const shape of ours.get(key) ?? []) {
      const twin = unmatched.indexOf(shape);
      if (twin === -1) differing++;
      else unmatched.splice(twin, 1);
    }
    differing = Math.max(differing, unmatched.length);
    if (differing > 0) result.push({ key, differing });
  }
  return result;
}
