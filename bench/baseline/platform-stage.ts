import { KubectlV35Layer } from '@aws-cdk/lambda-layer-kubectl-v35';
import { CfnJson, Duration, Stack, Stage, type StageProps } from 'aws-cdk-lib';
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
      subnetConfiguration: [
        { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'Private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 20 },
      ],
    });

    const clusterStack = new Stack(this, 'Cluster');
    const cluster = new eks.Cluster(clusterStack, 'Cluster', {
      clusterName: props.clusterName,
      version: eks.KubernetesVersion.V1_35,
      vpc,
      vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }],
      defaultCapacityType: eks.DefaultCapacityType.NODEGROUP,
      defaultCapacity: 0,
      clusterLogging: [
        eks.ClusterLoggingTypes.API,
        eks.ClusterLoggingTypes.AUDIT,
        eks.ClusterLoggingTypes.AUTHENTICATOR,
      ],
      kubectlProviderOptions: { kubectlLayer: new KubectlV35Layer(clusterStack, 'KubectlLayer') },
    });
    cluster.addNodegroupCapacity('NodeGroup', {
      instanceTypes: [new ec2.InstanceType('m6i.large')],
      amiType: eks.NodegroupAmiType.AL2023_X86_64_STANDARD,
      minSize: 2,
      desiredSize: 2,
      maxSize: 4,
    });
    // aws-eks-v2 has no prop for the upgrade policy yet.
    const cfnCluster = cluster.node.defaultChild as eks.CfnCluster;
    cfnCluster.addPropertyOverride('UpgradePolicy', { SupportType: 'STANDARD' });

    const addons = new Stack(this, 'Addons');
    const zoneArn = `arn:aws:route53:::hostedzone/${props.zoneId}`;
    const externalDnsRole = irsaRole(addons, 'ExternalDnsRole', cluster, SA_EXTERNAL_DNS);
    const externalDnsPolicy = new iam.Policy(addons, 'ExternalDnsPolicy', {
      roles: [externalDnsRole],
      statements: [
        new iam.PolicyStatement({
          sid: 'ChangeRecordsInOwnZone',
          actions: ['route53:ChangeResourceRecordSets', 'route53:ListResourceRecordSets'],
          resources: [zoneArn],
        }),
        new iam.PolicyStatement({
          sid: 'ReadOwnZoneTags',
          actions: ['route53:ListTagsForResources'],
          resources: [zoneArn],
        }),
        new iam.PolicyStatement({
          sid: 'FindZones',
          actions: ['route53:ListHostedZones'],
          resources: ['*'],
        }),
      ],
    });
    const externalDns = new eks.HelmChart(addons, 'ExternalDns', {
      ...chartBasics(cluster),
      chart: 'external-dns',
      repository: 'https://kubernetes-sigs.github.io/external-dns/',
      version: '1.21.1',
      release: 'external-dns',
      values: {
        provider: { name: 'aws' },
        domainFilters: [props.zoneName],
        extraArgs: [`--zone-id-filter=${props.zoneId}`],
        policy: 'upsert-only',
        registry: 'txt',
        txtOwnerId: props.clusterName,
        txtPrefix: 'extdns-%{record_type}-',
        env: [{ name: 'AWS_DEFAULT_REGION', value: props.region }],
        serviceAccount: serviceAccountValues(SA_EXTERNAL_DNS, externalDnsRole),
      },
    });
    externalDns.node.addDependency(externalDnsRole, externalDnsPolicy);

    const albRole = irsaRole(addons, 'LoadBalancerControllerRole', cluster, SA_ALB);
    const albPolicy = new iam.Policy(addons, 'LoadBalancerControllerPolicy', {
      document: iam.PolicyDocument.fromJson(albControllerPolicy),
      roles: [albRole],
    });
    const alb = new eks.HelmChart(addons, 'LoadBalancerController', {
      ...chartBasics(cluster),
      chart: 'aws-load-balancer-controller',
      repository: 'https://aws.github.io/eks-charts',
      version: '3.5.0',
      release: 'aws-load-balancer-controller',
      values: {
        clusterName: cluster.clusterName,
        region: props.region,
        vpcId: vpc.vpcId,
        replicaCount: 1,
        ingressClass: 'alb',
        createIngressClassResource: true,
        serviceAccount: serviceAccountValues(SA_ALB, albRole),
      },
    });
    alb.node.addDependency(albRole, albPolicy);
  }
}

const SA_ALB = 'aws-load-balancer-controller';
const SA_EXTERNAL_DNS = 'external-dns';

/** Both charts go to kube-system and may take Helm up to ten minutes. */
function chartBasics(cluster: eks.ICluster) {
  return {
    cluster,
    namespace: 'kube-system',
    wait: true,
    timeout: Duration.minutes(10),
  };
}

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
    description: `IRSA role of kube-system/${name}`,
    assumedBy: new iam.OpenIdConnectPrincipal(cluster.openIdConnectProvider, {
      StringEquals: conditions,
    }),
  });
}

function serviceAccountValues(name: string, role: iam.IRole) {
  return { create: true, name, annotations: { 'eks.amazonaws.com/role-arn': role.roleArn } };
}
