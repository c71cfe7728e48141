import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as eks from 'aws-cdk-lib/aws-eks-v2';
import type { Construct } from 'constructs';
import { PlatformCluster } from '../../cluster';
import { PlatformStack, type PlatformStackProps } from './platform-stack';

export interface ClusterStackProps extends PlatformStackProps {
  readonly vpc: ec2.IVpc;
}

/** The EKS cluster, its node group, OIDC provider, access entries and kubectl provider. */
export class ClusterStack extends PlatformStack {
  readonly cluster: eks.Cluster;

  constructor(scope: Construct, id: string, props: ClusterStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.cluster = new PlatformCluster(this, 'Cluster', {
      vpc: props.vpc,
      clusterName: config.name,
      kubernetesVersion: config.kubernetesVersion,
      nodeGroup: config.nodeGroup,
      adminPrincipalArns: config.adminPrincipalArns,
    }).cluster;
  }
}
