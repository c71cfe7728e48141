import type { Command } from 'commander';
import type { ClusterConfig } from '../../config';
import { InputError } from '../../errors';
import { defaultConfigPath } from '../default-config';
import type { CommandContext } from '.';

export interface ManifestsOptions {
  /** @default - config/default.yaml in the working folder, else the one shipped with the package */
  readonly config?: string;
  readonly cluster?: string;
}

/** Picks the cluster to print for: the named one, or the only one in the config. */
export function selectCluster(clusters: readonly ClusterConfig[], name?: string): ClusterConfig {
  const names = clusters.map((c) => c.name).join(', ');
  if (name === undefined) {
    const [only, ...others] = clusters;
    if (only && others.length === 0) return only;
    throw new InputError(
      'USAGE',
      `--cluster: required when the config has ${clusters.length} clusters; expected one of: ${names}`,
    );
  }
  const found = clusters.find((c) => c.name === name);
  if (!found) throw new InputError('USAGE', `--cluster: got "${name}"; expected one of: ${names}`);
  return found;
}

/**
 * Prints the sample workloads of one cluster as YAML for `kubectl apply -f -`: the very objects
 * the Workloads stack applies, in the same order, rendered by the same function.
 */
export async function runManifests(
  options: ManifestsOptions,
  context: CommandContext,
): Promise<void> {
  // Loaded per command, so other commands do not pay for the config schema and YAML.
  const { loadConfig } = await import('../../config/load.js');
  const { sampleWorkloadsOptions } = await import('../../workloads/from-config.js');
  const { renderSampleManifests } = await import('../../workloads/manifests.js');
  const { toYaml } = await import('../../workloads/to-yaml.js');
  const cluster = selectCluster(
    loadConfig(options.config ?? defaultConfigPath()).clusters,
    options.cluster,
  );
  const objects = renderSampleManifests(sampleWorkloadsOptions(cluster));
  if (!cluster.samples.enabled) {
    context.out.stderr(
      `eks-platform: note: samples are disabled for ${cluster.name}, so no stack applies these manifests; set samples.enabled: true to deploy them with the platform\n`,
    );
  }
  context.out.stdout(toYaml(objects));
}

export function registerManifests(program: Command, context: CommandContext): void {
  program
    .command('manifests')
    .description('Print the sample workloads as plain YAML for kubectl apply.')
    .option(
      '-c, --config <file>',
      'platform config (YAML) (default: config/default.yaml here, else the shipped one)',
    )
    .option('--cluster <name>', 'cluster to print for (required when the config has several)')
    .action((options: ManifestsOptions) => runManifests(options, context));
}
