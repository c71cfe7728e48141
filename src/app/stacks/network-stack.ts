import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Construct } from 'constructs';
import { PlatformNetwork } from '../../network';
import { PlatformStack, type PlatformStackProps } from './platform-stack';

export interface NetworkStackProps extends PlatformStackProps {}

/** The cluster's VPC, in a stack of its own so it outlives cluster replacements. */
export class NetworkStack extends PlatformStack {
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
