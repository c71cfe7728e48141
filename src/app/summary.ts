import { Stack } from 'aws-cdk-lib';
import type { InstalledAddon } from '../addons/installed-addon';
import type { WorkloadIdentity } from '../identity';
import type { ClusterStage } from './cluster-stage';

/** One installed add-on, as the synth summary shows it. */
export interface AddonSummary {
  readonly name: string;
  readonly chart: string;
  readonly namespace: string;
  readonly serviceAccount: string;
  readonly identity: WorkloadIdentity['mode'];
  /** Construct path of the role the service account runs as. */
  readonly role: string;
}

export interface StackSummary {
  readonly stackName: string;
  readonly templateFile: string;
  readonly resources: number;
}

export interface ClusterSummary {
  readonly cluster: string;
  readonly account: string;
  readonly region: string;
  readonly stacks: readonly StackSummary[];
  readonly addons: readonly AddonSummary[];
}

function stackSummary(stack: Stack, resourceCounts: ReadonlyMap<string, number>): StackSummary {
  return {
    stackName: stack.stackName,
    templateFile: stack.templateFile,
    resources: resourceCounts.get(stack.artifactId) ?? 0,
  };
}

function addonSummary(addon: InstalledAddon): AddonSummary {
  const { identity, chartPin } = addon;
  return {
    name: addon.addonName,
    chart: `${chartPin.chart}@${chartPin.version}`,
    namespace: identity.serviceAccount.namespace,
    serviceAccount: identity.serviceAccount.name,
    identity: identity.mode,
    role: identity.role.node.path,
  };
}

/** What a stage holds, for the CLI to print. Resource counts come from the written templates. */
export function summarizeStage(
  stage: ClusterStage,
  resourceCounts: ReadonlyMap<string, number>,
): ClusterSummary {
  return {
    cluster: stage.stageName,
    account: stage.account ?? '',
    region: stage.region ?? '',
    stacks: stage.node.children
      .filter((c): c is Stack => c instanceof Stack)
      .map((s) => stackSummary(s, resourceCounts)),
    addons: stage.addons.all.map(addonSummary),
  };
}
