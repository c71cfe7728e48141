import { Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

export interface PlatformNetworkProps {
  /**
   * IPv4 CIDR of the VPC.
   * @default '10.0.0.0/16'
   */
  readonly vpcCidr?: string;
  /** Availability zones to spread subnets over; at least two for EKS. */
  readonly availabilityZones: readonly string[];
  /**
   * NAT gateways for the private subnets' way out.
   * @default 1
   */
  readonly natGateways?: number;
}

/**
 * The VPC of one cluster: public subnets for internet-facing load balancers, private subnets with
 * NAT for nodes, DNS support and host names on. Zones are given explicitly so synthesis needs no
 * account lookup. The cluster tags the subnets for load balancer discovery.
 */
export class PlatformNetwork extends Construct {
  readonly vpc: ec2.Vpc;

  constructor(scope: Construct, id: string, props: PlatformNetworkProps) {
    super(scope, id);
    this.vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr(props.vpcCidr ?? '10.0.0.0/16'),
      availabilityZones: [...props.availabilityZones],
      natGateways: props.natGateways ?? 1,
      enableDnsSupport: true,
      enableDnsHostnames: true,
      subnetConfiguration: [
        { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'Private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 20 },
      ],
    });
    // Zones come from the config on purpose: synthesis must not look them up in the account.
    // Recorded as plain metadata: Validations.acknowledge() also records a stack trace, which
    // names local paths and would make assemblies differ between machines.
    this.node.addMetadata(Validations.ACKNOWLEDGED_RULES_METADATA_KEY, {
      'CloudFormation-Validate::W3010': 'Availability zones are given in the platform config.',
    });
  }
}
