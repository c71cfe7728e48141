import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type MeterSetup, measure } from './measure';
import type { ResourceComparison, VariantResult } from './report';
import { byStackKind, countResources, diffResources, totalResources } from './resources';
import { type Sample, summarize } from './stats';
import { diffShapes, resourceShapes } from './templates';
import { checkedSynthId, schedule, type Variant, variantId } from './variants';

export interface RunOptions {
  readonly warmups: number;
  readonly runs: number;
  readonly meter: MeterSetup;
  /** Told about every finished run, for progress on stderr. */
  readonly onRun?: (line: string) => void;
}

/**
 * Runs the variants interleaved (warm-ups, then measured rounds) and returns their medians.
 * Every synth starts from an empty output dir. A check reads a copy of the assembly its synth
 * wrote during the warm-up, so it does not depend on where it sits in a round.
 */
export function runVariants(variants: readonly Variant[], options: RunOptions): VariantResult[] {
  if (options.warmups < 1) throw new RangeError('at least one warm-up round is needed');
  const samples = variants.map((): Sample[] => []);
  const byId = new Map(variants.map((v) => [v.id, v]));
  const plan = schedule(variants.length, options.warmups, options.runs);

  plan.forEach((step, index) => {
    const variant = variants[step.variantIndex];
    if (variant.subject === 'check') {
      prepareCheckedAssembly(variant, byId);
    } else {
      rmSync(variant.outDir, { recursive: true, force: true });
    }
    const sample = measure(variant.invocation, options.meter);
    if (step.phase === 'measure') samples[step.variantIndex].push(sample);
    const progress = `[${index + 1}/${plan.length}] ${step.phase} ${variant.id}`;
    options.onRun?.(`${progress}: ${(sample.wallMs / 1000).toFixed(2)} s`);
  });

  return variants.map((v, i) => ({
    id: v.id,
    subject: v.subject,
    clusters: v.clusters,
    validation: v.validation,
    summary: summarize(samples[i]),
    samples: samples[i],
  }));
}

function prepareCheckedAssembly(check: Variant, byId: ReadonlyMap<string, Variant>): void {
  if (existsSync(join(check.outDir, 'manifest.json'))) return;
  const synth = byId.get(checkedSynthId(check));
  if (!synth || !existsSync(join(synth.outDir, 'manifest.json'))) {
    throw new Error(`${check.id} needs the assembly of ${checkedSynthId(check)}, run it first`);
  }
  cpSync(synth.outDir, check.outDir, { recursive: true });
}

/** Compares what ours and the hand-written app created, for each fleet size both synthesized. */
export function compareResources(variants: readonly Variant[]): ResourceComparison[] {
  const byId = new Map(variants.map((v) => [v.id, v]));
  const comparisons: ResourceComparison[] = [];
  const sizes = [...new Set(variants.map((v) => v.clusters))];
  for (const clusters of sizes) {
    const ours = byId.get(variantId('ours', clusters, false));
    const baseline = byId.get(variantId('baseline', clusters, false));
    if (!ours || !baseline) continue;
    const [a, b] = [countResources(ours.outDir), countResources(baseline.outDir)];
    comparisons.push({
      clusters,
      oursTotal: totalResources(a),
      baselineTotal: totalResources(b),
      differences: diffResources(byStackKind(a), byStackKind(b)),
      propertyDifferences: diffShapes(resourceShapes(ours.outDir), resourceShapes(baseline.outDir)),
    });
  }
  return comparisons;
}
