import type * as eks from 'aws-cdk-lib/aws-eks-v2';
import type { Construct } from 'constructs';
import type { ClusterConfig } from '../../config';
import { SampleWorkloads, type SampleWorkloadsOptions } from '../../workloads';
import type { AddonsStack } from './addons-stack';
import { PlatformStack, type PlatformStackProps } from './platform-stack';

export interface WorkloadsStackProps extends PlatformStackProps {
  readonly cluster: eks.ICluster;
  readonly addons: AddonsStack;
}

/** The sample options of a cluster's config; the stack and `eks-platform manifests` share them. */
export function sampleWorkloadsOptions(config: ClusterConfig): SampleWorkloadsOptions {
  return {
    serviceHostName: config.samples.serviceHostName,
    ingressHostName: config.samples.ingressHostName,
  };
}

/**
 * The sample workloads (config `samples`). Depending on the add-ons' charts makes this stack
 * deploy after them and be destroyed before them; its teardown guard then holds the destroy until
 * the controller has removed the load balancers. See docs/workloads.md.
 */
export class WorkloadsStack extends PlatformStack {
  readonly samples: SampleWorkloads;

  constructor(scope: Construct, id: string, props: WorkloadsStackProps) {
    super(scope, id, props);
    const { config, addons } = props;
    this.samples = new SampleWorkloads(this, 'Samples', {
      cluster: props.cluster,
      // The controller tags what it creates with the cluster name it was given: this one.
      clusterName: config.name,
      loadBalancerController: addons.loadBalancerController.chart,
      externalDns: addons.externalDns.chart,
      ...sampleWorkloadsOptions(config),
      teardown: { vpcId: props.cluster.vpc.vpcId },
    });
  }
}
