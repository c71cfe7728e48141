import type * as eks from 'aws-cdk-lib/aws-eks-v2';
import type { Construct } from 'constructs';
import { SampleWorkloads } from '../../workloads';
import { sampleWorkloadsOptions } from '../../workloads/from-config';
import type { AddonsStack } from './addons-stack';
import { PlatformStack, type PlatformStackProps } from './platform-stack';

export interface WorkloadsStackProps extends PlatformStackProps {
  readonly cluster: eks.ICluster;
  readonly addons: AddonsStack;
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
