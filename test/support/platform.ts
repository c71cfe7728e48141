// Shared fixture: the default config, edited per test, synthesized without the CloudFormation
// validator (tests about the validator switch it back on).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { parse, stringify } from 'yaml';
import { buildPlatformApp } from '../../src/app';
import { type PlatformConfig, parseConfig } from '../../src/config';

export const DEFAULT_CONFIG_FILE = join(__dirname, '..', '..', 'config', 'default.yaml');

/** The default config as a plain object, to edit before parsing. */
export function defaultConfigObject(): { clusters: Record<string, unknown>[] } {
  return parse(readFileSync(DEFAULT_CONFIG_FILE, 'utf8'));
}

export function configFrom(object: unknown): PlatformConfig {
  return parseConfig(stringify(object), 'test.yaml', {});
}

export function tempDir(prefix = 'eks-platform-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Builds the app for a config and gives the templates of its first cluster. */
export function synthFirstCluster(config: PlatformConfig) {
  process.env.CDK_VALIDATION = 'false';
  const { stages } = buildPlatformApp(config, { outdir: tempDir() });
  const stage = stages[0];
  if (!stage) throw new Error('the config has no cluster');
  return {
    stage,
    network: Template.fromStack(stage.network),
    cluster: Template.fromStack(stage.cluster),
    addons: Template.fromStack(stage.addons),
  };
}

/** The resources of one type in a template, as [logicalId, resource] pairs. */
export function resourcesOf(template: Template, type: string) {
  return Object.entries(template.findResources(type)) as [string, Record<string, any>][];
}
