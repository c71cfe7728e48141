import { App } from 'aws-cdk-lib';
import { NATIVE_OIDC_FLAG } from '../cluster';
import type { PlatformConfig } from '../config';
import { ClusterStage } from './cluster-stage';

/** Feature flags the platform relies on; `cdk.json` carries the same ones for the CDK CLI. */
export const PLATFORM_CONTEXT: Readonly<Record<string, unknown>> = {
  [NATIVE_OIDC_FLAG]: true,
  '@aws-cdk/core:validateAgainstDefaultRules': true,
  // Classic exports and imports between the stacks of one stage; deploy order protects them.
  '@aws-cdk/core:defaultCrossStackReferences': 'strong',
};

/** Settings the CDK CLI applies by itself; set here so in-process synth writes the same assembly. */
const IN_PROCESS_CONTEXT: Readonly<Record<string, unknown>> = {
  // Creation stack traces name local paths and call sites: assemblies would differ per machine.
  'aws:cdk:disable-stack-trace': true,
  'aws:cdk:disable-creation-stack-traces': true,
};

export interface PlatformAppOptions {
  /** Where the cloud assembly is written. */
  readonly outdir?: string;
}

/** Builds the CDK app for a config: one `ClusterStage` per cluster, named after the cluster. */
export function buildPlatformApp(config: PlatformConfig, options: PlatformAppOptions = {}) {
  const app = new App({
    outdir: options.outdir,
    context: { ...PLATFORM_CONTEXT, ...IN_PROCESS_CONTEXT },
  });
  const stages = config.clusters.map((c) => new ClusterStage(app, c.name, { config: c }));
  return { app, stages };
}
