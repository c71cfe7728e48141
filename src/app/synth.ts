import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { PlatformConfig } from '../config';
import { EksPlatformError } from '../errors';
import { buildPlatformApp } from './platform-app';
import { type ClusterSummary, summarizeStage } from './summary';

export interface SynthResult {
  /** Absolute path of the written cloud assembly. */
  readonly assemblyDir: string;
  readonly clusters: readonly ClusterSummary[];
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim() !== '') ?? 'unknown error';
}

/**
 * Synthesizes the platform of a validated config into `outdir`. The assembly is written to a
 * temporary sibling folder first and moved into place only when synthesis succeeded, so a failed
 * synth leaves an earlier assembly untouched.
 */
export function synthesizePlatform(config: PlatformConfig, outdir: string): SynthResult {
  const target = resolve(outdir);
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}.staging-`));
  try {
    const { app, stages } = buildPlatformApp(config, { outdir: staging });
    app.synth();
    const clusters = stages.map((stage) => {
      const assembly = stage.synth();
      const counts = new Map(
        assembly.stacks.map((s) => [s.id, Object.keys(s.template.Resources ?? {}).length]),
      );
      return summarizeStage(stage, counts);
    });
    if (existsSync(target)) rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
    return { assemblyDir: target, clusters };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (error instanceof EksPlatformError) throw error;
    throw new EksPlatformError('SYNTH_FAILED', `synthesis failed: ${firstLine(error)}`);
  }
}
