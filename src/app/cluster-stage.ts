import { Stage, type StageProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { ClusterConfig } from '../config';
import { AddonsStack } from './stacks/addons-stack';
import { ClusterStack } from './stacks/cluster-stack';
import { NetworkStack } from './stacks/network-stack';
import { WorkloadsStack } from './stacks/workloads-stack';

export interface ClusterStageProps extends StageProps {
  readonly config: ClusterConfig;
}

/**
 * One cluster's platform as a CDK Stage: network, cluster and add-ons stacks (and the sample
 * workloads when enabled), deployed in that order and destroyed in reverse. Values pass between
 * them as ordinary cross-stack references.
 */
export class ClusterStage extends Stage {
  readonly network: NetworkStack;
  readonly cluster: ClusterStack;
  readonly addons: AddonsStack;
  /** Present when `samples.enabled` is true. */
  readonly workloads?: WorkloadsStack;

  constructor(scope: Construct, id: string, props: ClusterStageProps) {
    super(scope, id, {
      ...props,
      env: { account: props.config.account, region: props.config.region },
    });
    const { config } = props;
    const tags = { 'eks-platform:cluster': config.name, 'eks-platform:stage': config.stage };

    this.network = new NetworkStack(this, 'Network', { config, tags });
    this.cluster = new ClusterStack(this, 'Cluster', { config, tags, vpc: this.network.vpc });
    this.addons = new AddonsStack(this, 'Addons', {
      config,
      tags,
      cluster: this.cluster.cluster,
    });
    if (config.samples.enabled) {
      this.workloads = new WorkloadsStack(this, 'Workloads', {
        config,
        tags,
        cluster: this.cluster.cluster,
        addons: this.addons,
      });
    }
  }
}
