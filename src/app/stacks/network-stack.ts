import { Stack, type StackProps } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Construct } from 'constructs';
import type { ClusterConfig } from '../../config';
import { PlatformNetwork } from '../../network';

export interface NetworkStackProps extends StackProps {
  readonly config: ClusterConfig;
}

/** The cluster's VPC, in a stack of its own so it outlives cluster replacements. */
export class NetworkStack extends Stack {
  readonly vpc: ec2.Vpc;

  constructor(scope: Construct, id: string, props: NetworkStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.vpc = new PlatformNetwork(this, 'Network', {
      vpcCidr: config.network.vpcCidr,
      availabilityZones: config.availabilityZones,
      natGateways: config.network.natGateways,
    }).vpc;
  }
}
