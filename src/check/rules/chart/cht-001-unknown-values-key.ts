import { chartKeysFor, KEY_HINTS, type KeyTree } from '../../data/chart-keys';
import { valueAt } from '../../model/kube';
import type { Rule } from '../rule';

export const unknownValuesKey: Rule = {
  id: 'EKS-CHT-001',
  kind: 'chart',
  severity: 'error',
  title: 'Values key the pinned chart never reads',
  why: 'Helm ignores keys a chart does not read, silently: a service account annotation or a region under the wrong key simply never reaches the cluster.',
  fix: "Move the value under the key the chart reads (see the chart's values.yaml for the pinned version).",
  cases: ['C04'],
  check(facts) {
    return facts.releases.flatMap((release) => {
      const table = chartKeysFor(release.chart, release.version, release.repository);
      if (!table || !release.valuesKnown) return [];
      return unknownPaths(release.values, table.keys, '').map((path) => {
        const leaves = leafPaths(valueAt(release.values, path), path);
        const hints = [...new Set(leaves.map((l) => suggestion(release.chart, l, table.keys)))];
        return {
          resource: release.resource,
          message: `release '${release.release}' (chart ${release.chart} ${release.version}) sets ${leaves.map((l) => `'${l}'`).join(', ')}, which the chart does not read${hints.filter(Boolean).length ? `; ${hints.filter(Boolean).join(', ')}` : ''}`,
        };
      });
    });
  },
};

function unknownPaths(values: unknown, keys: KeyTree, prefix: string): string[] {
  if (values === null || typeof values !== 'object' || Array.isArray(values)) return [];
  return Object.entries(values).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const known = keys[key];
    if (known === undefined) return [path];
    return known === true ? [] : unknownPaths(value, known, path);
  });
}

/** The paths one level below an unknown key (so the message shows what was meant). */
function leafPaths(value: unknown, path: string): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [path];
  const keys = Object.keys(value);
  return keys.length === 0 ? [path] : keys.map((k) => `${path}.${k}`);
}

function suggestion(chart: string, path: string, keys: KeyTree): string {
  const hint = Object.entries(KEY_HINTS[chart] ?? {}).find(
    ([k]) => path === k || path.startsWith(`${k}.`),
  );
  if (hint) return `use ${hint[1]}`;
  const parts = path.split('.');
  for (let i = 1; i < parts.length; i++) {
    const candidate = parts.slice(i);
    if (exists(keys, candidate)) return `the chart reads '${candidate.join('.')}'`;
  }
  return '';
}

function exists(keys: KeyTree, path: string[]): boolean {
  const node = keys[path[0]];
  if (node === undefined) return false;
  return path.length === 1 || node === true || exists(node, path.slice(1));
}
