import type { Command } from 'commander';
import type { ClusterSummary } from '../../app/summary';
import type { SynthResult } from '../../app/synth';
import { EksPlatformError } from '../../errors';
import { defaultConfigPath } from '../default-config';
import type { CommandContext } from '.';

export const DEFAULT_OUT = 'cdk.out';

export interface SynthOptions {
  /** @default - config/default.yaml in the working folder, else the one shipped with the package */
  readonly config?: string;
  readonly out: string;
  readonly check: boolean;
}

/** A few lines per cluster: its stacks with resource counts and each add-on with its identity. */
export function formatSynthSummary(clusters: readonly ClusterSummary[], outdir: string): string {
  const noun = clusters.length === 1 ? 'cluster' : 'clusters';
  const lines = [`Synthesized ${clusters.length} ${noun} into ${outdir}`];
  for (const c of clusters) {
    lines.push('', `${c.cluster} (account ${c.account}, ${c.region})`);
    for (const s of c.stacks) lines.push(`  stack ${s.stackName}: ${s.resources} resources`);
    for (const a of c.addons) {
      lines.push(
        `  add-on ${a.name} (${a.chart}): service account ${a.namespace}/${a.serviceAccount}, ${a.identity} role ${a.role}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function runSynth(options: SynthOptions, context: CommandContext): Promise<void> {
  // Loaded per command: aws-cdk-lib alone takes longer to load than `check` takes to run.
  const { loadConfig } = await import('../../config/load.js');
  const config = loadConfig(options.config ?? defaultConfigPath());
  const { synthesizePlatform } = await import('../../app/synth.js');
  let result: SynthResult;
  try {
    result = synthesizePlatform(config, options.out);
  } catch (error) {
    if (error instanceof EksPlatformError && error.code === 'SYNTH_FAILED') {
      context.out.stderr(`eks-platform: ${error.message}\n`);
      context.setExitCode(1);
      return;
    }
    throw error;
  }
  for (const m of result.messages) {
    context.out.stderr(`${m.level}: ${m.path}: ${m.text}\n`);
  }
  context.out.stdout(formatSynthSummary(result.clusters, options.out));
  if (result.messages.some((m) => m.level === 'error')) context.setExitCode(1);
  if (!options.check) return;

  const { checkAssembly, formatReport, formatSummary } = await import('../../check/index.js');
  const report = checkAssembly(options.out);
  if (report.findings.length > 0) context.out.stdout(`\n${formatReport(report)}`);
  context.out.stdout(`\n${formatSummary(report)}\n`);
  if (report.counts.error > 0) context.setExitCode(1);
}

export function registerSynth(program: Command, context: CommandContext): void {
  program
    .command('synth')
    .description('Synthesize the platform of a config into a cloud assembly, then check it.')
    .option(
      '-c, --config <file>',
      'platform config (YAML) (default: config/default.yaml here, else the shipped one)',
    )
    .option('-o, --out <dir>', 'cloud assembly output folder', DEFAULT_OUT)
    .option('--no-check', 'skip the check after synthesis')
    .action((options: SynthOptions) => runSynth(options, context));
}
