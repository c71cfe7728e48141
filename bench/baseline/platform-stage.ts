import { KubectlV35Layer } from '@aws-cdk/lambda-layer-kubectl-v35';
import { CfnJson, Stack, Stage, type StageProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import albControllerPolicy from './alb-controller-policy.json';

/** What differs between the clusters of the baseline fleet. */
export interface BaselineClusterProps extends StageProps {
  readonly clusterName: string;
  readonly region: string;
  readonly zoneId: string;
  readonly zoneName: string;
}

/**
 * The reference platform written by hand with aws-cdk-lib, the way a user would without our
 * toolkit: one Stage per cluster holding the Network, Cluster and Addons stacks with the same AWS
 * resources our default config produces. It is the floor our synth is compared against.
 */
export class BaselineClusterStage extends Stage {
  constructor(scope: Construct, props: BaselineClusterProps) {
    super(scope, props.clusterName, props);

    const network = new Stack(this, 'Network');
    const vpc = new ec2.Vpc(network, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'),
      availabilityZones: [`${props.region}a`, `${props.region}b`],
      natGateways: 1,
    });

    const clusterStack = new Stack(this, 'Cluster');
    const cluster = new eks.Cluster(clusterStack, 'Cluster', {
      clusterName: props.clusterName,
      version: eks.KubernetesVersion.V1_35,
      vpc,
      vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }],
      defaultCapacityType: eks.DefaultCapacityType.NODEGROUP,
      defaultCapacity: 0,
      clusterLogging: [eks.ClusterLoggingTypes.AUDIT],
      kubectlProviderOptions: { kubectlLayer: new KubectlV35Layer(clusterStack, 'KubectlLayer') },
    });
    cluster.addNodegroupCapacity('NodeGroup', {
      instanceTypes: [new ec2.InstanceType('m6i.large')],
      minSize: 2,
      desiredSize: 2,
      maxSize: 4,
    });
    // aws-eks-v2 has no prop for the upgrade policy yet.
    const cfnCluster = cluster.node.defaultChild as eks.CfnCluster;
    cfnCluster.addPropertyOverride('UpgradePolicy', { SupportType: 'STANDARD' });

    const addons = new Stack(this, 'Addons');
    const externalDnsRole = irsaRole(addons, 'ExternalDnsRole', cluster, 'external-dns');
    externalDnsRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['route53:ChangeResourceRecordSets', 'route53:ListResourceRecordSets'],
        resources: [`arn:aws:route53:::hostedzone/${props.zoneId}`],
      }),
    );
    externalDnsRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['route53:ListHostedZones', 'route53:ListTagsForResources'],
        resources: ['*'],
      }),
    );
    new eks.HelmChart(addons, 'ExternalDns', {
      cluster,
      chart: 'external-dns',
      repository: 'https://kubernetes-sigs.github.io/external-dns/',
      version: '1.21.1',
      namespace: 'kube-system',
      release: 'external-dns',
      values: {
        provider: { name: 'aws' },
        domainFilters: [props.zoneName],
        policy: 'upsert-only',
        registry: 'txt',
        txtOwnerId: props.clusterName,
        extraArgs: [`--zone-id-filter=${props.zoneId}`],
        env: [{ name: 'AWS_DEFAULT_REGION', value: props.region }],
        serviceAccount: serviceAccountValues('external-dns', externalDnsRole),
      },
    });

    const albRole = irsaRole(addons, 'LoadBalancerControllerRole', cluster, SA_ALB);
    new iam.Policy(addons, 'LoadBalancerControllerPolicy', {
      document: iam.PolicyDocument.fromJson(albControllerPolicy),
      roles: [albRole],
    });
    new eks.HelmChart(addons, 'LoadBalancerController', {
      cluster,
      chart: 'aws-load-balancer-controller',
      repository: 'https://aws.github.io/eks-charts',
      version: '3.5.0',
      namespace: 'kube-system',
      release: 'aws-load-balancer-controller',
      values: {
        clusterName: cluster.clusterName,
        region: props.region,
        vpcId: vpc.vpcId,
        replicaCount: 1,
        serviceAccount: serviceAccountValues(SA_ALB, albRole),
      },
    });
  }
}

const SA_ALB = 'aws-load-balancer-controller';

/** A role only the kube-system service account `name` of `cluster` can assume (IRSA). */
function irsaRole(scope: Construct, id: string, cluster: eks.Cluster, name: string): iam.Role {
  const issuer = cluster.openIdConnectProvider.openIdConnectProviderIssuer;
  const conditions = new CfnJson(scope, `${id}Conditions`, {
    value: {
      [`${issuer}:sub`]: `system:serviceaccount:kube-system:${name}`,
      [`${issuer}:aud`]: 'sts.amazonaws.com',
    },
  });
  return new iam.Role(scope, id, {
    assumedBy: new iam.OpenIdConnectPrincipal(cluster.openIdConnectProvider, {
      StringEquals: conditions,
    }),
  });
}

function serviceAccountValues(name: string, role: iam.IRole) {
  return { create: true, name, annotations: { 'eks.amazonaws.com/role-arn': role.roleArn } };
}
