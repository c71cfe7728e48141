import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Resource type -> count, per stack display name (`eks-dev-1-35/Network`). */
export type ResourceCounts = Map<string, Map<string, number>>;

interface ManifestArtifact {
  readonly type: string;
  readonly displayName?: string;
  readonly properties?: { readonly directoryName?: string; readonly templateFile?: string };
}

/** A stack's template as the walk hands it over, with the stack's display name. */
export interface StackTemplate {
  readonly stack: string;
  readonly resources: Readonly<Record<string, { readonly Type: string }>>;
}

/** Calls `visit` for every stack of a cloud assembly, nested assemblies included. */
export function forEachStack(dir: string, visit: (template: StackTemplate) => void): void {
  const manifest = readJson(join(dir, 'manifest.json')) as {
    artifacts?: Record<string, ManifestArtifact>;
  };
  for (const [id, artifact] of Object.entries(manifest.artifacts ?? {})) {
    const props = artifact.properties ?? {};
    if (artifact.type === 'cdk:cloud-assembly' && props.directoryName) {
      forEachStack(join(dir, props.directoryName), visit);
    } else if (artifact.type === 'aws:cloudformation:stack' && props.templateFile) {
      const template = readJson(join(dir, props.templateFile)) as {
        Resources?: StackTemplate['resources'];
      };
      visit({ stack: artifact.displayName ?? id, resources: template.Resources ?? {} });
    }
  }
}

/** Counts the resource types of every stack in a cloud assembly, nested assemblies included. */
export function countResources(assemblyDir: string): ResourceCounts {
  const counts: ResourceCounts = new Map();
  forEachStack(assemblyDir, ({ stack, resources }) => {
    const types = new Map<string, number>();
    for (const resource of Object.values(resources)) {
      types.set(resource.Type, (types.get(resource.Type) ?? 0) + 1);
    }
    counts.set(stack, types);
  });
  return counts;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Where two assemblies differ in what they create: one row per stack and resource type. */
export interface ResourceDifference {
  readonly stack: string;
  readonly type: string;
  readonly ours: number;
  readonly baseline: number;
}

export function diffResources(
  ours: ResourceCounts,
  baseline: ResourceCounts,
): ResourceDifference[] {
  const differences: ResourceDifference[] = [];
  const stacks = [...new Set([...ours.keys(), ...baseline.keys()])].sort();
  for (const stack of stacks) {
    const a = ours.get(stack) ?? new Map<string, number>();
    const b = baseline.get(stack) ?? new Map<string, number>();
    const types = [...new Set([...a.keys(), ...b.keys()])].sort();
    for (const type of types) {
      const [countA, countB] = [a.get(type) ?? 0, b.get(type) ?? 0];
      if (countA !== countB) differences.push({ stack, type, ours: countA, baseline: countB });
    }
  }
  return differences;
}

export function totalResources(counts: ResourceCounts): number {
  let total = 0;
  for (const types of counts.values()) for (const n of types.values()) total += n;
  return total;
}

/**
 * Merges the stacks of all clusters by their kind (`eks-s01-1-35/Network` -> `Network`), so a
 * fleet's differences read as one row per stack kind and type.
 */
export function byStackKind(counts: ResourceCounts): ResourceCounts {
  const merged: ResourceCounts = new Map();
  for (const [stack, types] of counts) {
    const kind = stack.slice(stack.lastIndexOf('/') + 1);
    const target = merged.get(kind) ?? new Map<string, number>();
    for (const [type, n] of types) target.set(type, (target.get(type) ?? 0) + n);
    merged.set(kind, target);
  }
  return merged;
}
