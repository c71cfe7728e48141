import { existsSync, renameSync, rmSync } from 'node:fs';
import * as cxapi from 'aws-cdk-lib/cx-api';
import type { PlatformConfig } from '../config';
import { EksPlatformError } from '../errors';
import { assertReplaceableOutput, createStagingDir } from './output-dir';
import { buildPlatformApp } from './platform-app';
import { type ClusterSummary, summarizeStage } from './summary';

/** A warning or error a construct attached during synthesis (CDK annotations). */
export interface SynthMessage {
  readonly level: 'warning' | 'error';
  /** Construct path, such as `/eks-dev-1-35/Cluster/Cluster`. */
  readonly path: string;
  readonly text: string;
}

export interface SynthResult {
  /** Absolute path of the written cloud assembly. */
  readonly assemblyDir: string;
  readonly clusters: readonly ClusterSummary[];
  readonly messages: readonly SynthMessage[];
}

function messagesOf(stacks: readonly cxapi.CloudFormationStackArtifact[]): SynthMessage[] {
  return stacks.flatMap((stack) =>
    stack.messages
      .filter((m) => m.level !== cxapi.SynthesisMessageLevel.INFO)
      .map((m) => ({
        level:
          m.level === cxapi.SynthesisMessageLevel.ERROR ? ('error' as const) : ('warning' as const),
        path: m.id,
        text: String(m.entry.data),
      })),
  );
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim() !== '') ?? 'unknown error';
}

/**
 * Synthesizes the platform of a validated config into `outdir`. The assembly is written to a
 * temporary sibling folder first and moved into place only when synthesis succeeded, so a failed
 * synth leaves an earlier assembly untouched. A target that is not a cloud assembly is refused.
 */
export function synthesizePlatform(config: PlatformConfig, outdir: string): SynthResult {
  const target = assertReplaceableOutput(outdir);
  const staging = createStagingDir(target);
  try {
    const { app, stages } = buildPlatformApp(config, { outdir: staging });
    app.synth();
    const messages: SynthMessage[] = [];
    const clusters = stages.map((stage) => {
      const assembly = stage.synth();
      messages.push(...messagesOf(assembly.stacks));
      const counts = new Map(
        assembly.stacks.map((s) => [s.id, Object.keys(s.template.Resources ?? {}).length]),
      );
      return summarizeStage(stage, counts);
    });
    if (existsSync(target)) rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
    return { assemblyDir: target, clusters, messages };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (error instanceof EksPlatformError) throw error;
    throw new EksPlatformError('SYNTH_FAILED', `synthesis failed: ${firstLine(error)}`);
  }
}
