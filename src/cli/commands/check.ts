import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../errors';
import type { CommandContext } from '.';

interface CheckFlags {
  readonly out: string;
  readonly json?: boolean;
  readonly render?: boolean;
  readonly charts?: string;
  readonly fetch?: boolean;
}

/** `eks-platform check`: checks any synthesized cloud assembly; exit 1 when it finds errors. */
export function registerCheck(program: Command, context: CommandContext): void {
  program
    .command('check')
    .description('Check a synthesized cloud assembly (any CDK app) for EKS wiring faults.')
    .option('--out <dir>', 'cloud assembly folder written by cdk synth', 'cdk.out')
    .option('--json', 'print the report as JSON')
    .option('--render', 'render Helm releases with helm from local charts and check the result')
    .option('--charts <dir>', 'local charts for --render: <chart>-<version>/ or <chart>/')
    .option('--fetch', 'with --render, pull pinned charts not found locally (needs the network)')
    .action(async (flags: CheckFlags) => {
      if (!flags.render && (flags.charts !== undefined || flags.fetch)) {
        throw new InputError(
          'USAGE',
          `${flags.fetch ? '--fetch' : '--charts'}: only used with --render; add --render to render the charts`,
        );
      }
      if (flags.charts !== undefined && !isDirectory(flags.charts)) {
        throw new InputError(
          'USAGE',
          `--charts: '${flags.charts}' is not a folder; give a folder holding charts as <chart>-<version>/ or <chart>/`,
        );
      }
      const { checkAssembly, formatReport } = await import('../../check/index.js');
      const report = checkAssembly(flags.out, {
        render: flags.render ? { chartsDir: flags.charts, fetch: flags.fetch } : undefined,
      });
      if (report.clusters.length === 0 && report.findings.length === 0) {
        // A mistyped --out that points at another app's assembly must not pass silently in CI.
        throw new InputError(
          'ASSEMBLY_UNREADABLE',
          `--out: ${flags.out} holds no EKS cluster, Helm release or Kubernetes manifest; expected the cloud assembly of an app that uses aws-eks or aws-eks-v2`,
        );
      }
      context.out.stdout(
        flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report),
      );
      context.setExitCode(report.counts.error > 0 ? 1 : 0);
    });
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
