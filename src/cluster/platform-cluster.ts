import { KubectlV35Layer } from '@aws-cdk/lambda-layer-kubectl-v35';
import { Annotations, FeatureFlags } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import { Construct } from 'constructs';
import { EksPlatformError } from '../errors';

/** Feature flag that gives a native `AWS::IAM::OIDCProvider` instead of a custom resource. */
export const NATIVE_OIDC_FLAG = '@aws-cdk/aws-eks:useNativeOidcProvider';

export type UpgradeSupportType = 'STANDARD' | 'EXTENDED';

export interface NodeGroupOptions {
  /** EC2 instance types; the first one must be available in every zone. */
  readonly instanceTypes: readonly string[];
  readonly minSize: number;
  readonly desiredSize: number;
  readonly maxSize: number;
}

export interface PlatformClusterProps {
  readonly vpc: ec2.IVpc;
  /** Physical EKS cluster name. */
  readonly clusterName: string;
  /** Kubernetes version, such as '1.35'. */
  readonly kubernetesVersion: string;
  /**
   * The managed node group (AL2023) in the private subnets.
   * @default - two m6i.large nodes, scaling from 2 to 4
   */
  readonly nodeGroup?: NodeGroupOptions;
  /**
   * IAM principal ARNs given cluster-admin through access entries.
   * @default - none beyond the kubectl provider's role
   */
  readonly adminPrincipalArns?: readonly string[];
  /**
   * Support type after standard support ends. CloudFormation's default is EXTENDED, which bills
   * extended support without anyone asking for it.
   * @default 'STANDARD'
   */
  readonly upgradeSupportType?: UpgradeSupportType;
}

const DEFAULT_NODE_GROUP: NodeGroupOptions = {
  instanceTypes: ['m6i.large'],
  minSize: 2,
  desiredSize: 2,
  maxSize: 4,
};

/** The AL2023 AMI for the instance types' architecture; one node group cannot mix the two. */
export function al2023AmiType(
  scope: Construct,
  instanceTypes: readonly string[],
): eks.NodegroupAmiType {
  const arm = instanceTypes.map(
    (t) => new ec2.InstanceType(t).architecture === ec2.InstanceArchitecture.ARM_64,
  );
  if (arm.some((a) => a !== arm[0])) {
    throw new EksPlatformError(
      'INVALID_PROPS',
      `${scope.node.path}: node group instance types mix x86_64 and arm64 (${instanceTypes.join(', ')}); use one architecture per node group`,
    );
  }
  return arm[0]
    ? eks.NodegroupAmiType.AL2023_ARM_64_STANDARD
    : eks.NodegroupAmiType.AL2023_X86_64_STANDARD;
}

/**
 * An EKS cluster (`aws-eks-v2`) with a managed AL2023 node group, the kubectl provider on the
 * kubectl 1.35 layer, the native IAM OIDC provider for IRSA, control-plane logging including audit,
 * and standard upgrade support.
 */
export class PlatformCluster extends Construct {
  readonly cluster: eks.Cluster;
  readonly nodegroup: eks.Nodegroup;

  constructor(scope: Construct, id: string, props: PlatformClusterProps) {
    super(scope, id);
    if (!FeatureFlags.of(this).isEnabled(NATIVE_OIDC_FLAG)) {
      Annotations.of(this).addWarningV2(
        'eks-platform:nativeOidcProvider',
        `Set the context flag ${NATIVE_OIDC_FLAG}: true so the OIDC provider is a native AWS::IAM::OIDCProvider`,
      );
    }
    const nodes = props.nodeGroup ?? DEFAULT_NODE_GROUP;

    this.cluster = new eks.Cluster(this, 'Resource', {
      clusterName: props.clusterName,
      version: eks.KubernetesVersion.of(props.kubernetesVersion),
      vpc: props.vpc,
      vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }],
      defaultCapacityType: eks.DefaultCapacityType.NODEGROUP,
      defaultCapacity: 0,
      kubectlProviderOptions: { kubectlLayer: new KubectlV35Layer(this, 'KubectlLayer') },
      clusterLogging: [
        eks.ClusterLoggingTypes.API,
        eks.ClusterLoggingTypes.AUDIT,
        eks.ClusterLoggingTypes.AUTHENTICATOR,
      ],
    });
    const cfnCluster = this.cluster.node.findChild('Resource') as eks.CfnCluster;
    cfnCluster.upgradePolicy = { supportType: props.upgradeSupportType ?? 'STANDARD' };

    this.nodegroup = this.cluster.addNodegroupCapacity('Nodes', {
      amiType: al2023AmiType(this, nodes.instanceTypes),
      instanceTypes: nodes.instanceTypes.map((t) => new ec2.InstanceType(t)),
      minSize: nodes.minSize,
      desiredSize: nodes.desiredSize,
      maxSize: nodes.maxSize,
      subnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    });

    (props.adminPrincipalArns ?? []).forEach((arn, i) => {
      this.cluster.grantAccess(`Admin${i}`, arn, [
        eks.AccessPolicy.fromAccessPolicyName('AmazonEKSClusterAdminPolicy', {
          accessScopeType: eks.AccessScopeType.CLUSTER,
        }),
      ]);
    });
  }
}
