import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { al2023AmiType, PlatformCluster } from '../../src/cluster';
import {
  configFrom,
  defaultConfigObject,
  resourcesOf,
  synthFirstCluster,
} from '../support/platform';

let platform: ReturnType<typeof synthFirstCluster>;

beforeAll(() => {
  const config = defaultConfigObject();
  (config.clusters[0] as Record<string, unknown>).adminPrincipalArns = [
    'arn:aws:iam::111111111111:role/PlatformAdmin',
  ];
  platform = synthFirstCluster(configFrom(config));
});

describe('PlatformCluster', () => {
  it('names the cluster after stage and version, bills standard support only and logs audit', () => {
    const [[, cluster]] = resourcesOf(platform.cluster, 'AWS::EKS::Cluster');
    expect(cluster.Properties).toMatchObject({
      Name: 'eks-dev-1-35',
      Version: '1.35',
      UpgradePolicy: { SupportType: 'STANDARD' },
      Logging: {
        ClusterLogging: {
          EnabledTypes: [{ Type: 'api' }, { Type: 'audit' }, { Type: 'authenticator' }],
        },
      },
      AccessConfig: { AuthenticationMode: 'API' },
      // Not Auto Mode: the self-managed controller does the load balancing.
      ComputeConfig: { Enabled: false },
    });
  });

  it('uses a native OIDC provider for the STS audience, with no thumbprint and no custom resource', () => {
    const [[, provider]] = resourcesOf(platform.cluster, 'AWS::IAM::OIDCProvider');
    expect(provider.Properties.ClientIdList).toEqual(['sts.amazonaws.com']);
    expect(provider.Properties.ThumbprintList).toBeUndefined();
    expect(provider.Properties.Url).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/^Cluster/), 'OpenIdConnectIssuerUrl'],
    });
    expect(resourcesOf(platform.cluster, 'Custom::AWSCDKOpenIdConnectProvider')).toHaveLength(0);
  });

  it('runs a managed AL2023 node group in the private subnets with the configured sizes', () => {
    const [[, group]] = resourcesOf(platform.cluster, 'AWS::EKS::Nodegroup');
    expect(group.Properties).toMatchObject({
      AmiType: 'AL2023_x86_64_STANDARD',
      InstanceTypes: ['m6i.large'],
      ScalingConfig: { MinSize: 2, DesiredSize: 2, MaxSize: 4 },
    });
    expect(JSON.stringify(group.Properties.Subnets)).toMatch(/PrivateSubnet1/);
    expect(JSON.stringify(group.Properties.Subnets)).not.toMatch(/PublicSubnet/);
  });

  it('gives configured principals cluster-admin access entries', () => {
    const entry = resourcesOf(platform.cluster, 'AWS::EKS::AccessEntry')
      .map(([, e]) => e.Properties)
      .find((e) => e.PrincipalArn === 'arn:aws:iam::111111111111:role/PlatformAdmin');
    expect(entry?.AccessPolicies).toHaveLength(1);
    expect(entry?.AccessPolicies[0].AccessScope).toEqual({ Type: 'cluster' });
    expect(JSON.stringify(entry?.AccessPolicies[0].PolicyArn)).toContain(
      ':eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy',
    );
  });

  it('runs kubectl and helm from the kubectl 1.35 layer', () => {
    const layers = resourcesOf(platform.cluster, 'AWS::Lambda::LayerVersion').map(
      ([, l]) => l.Properties,
    );
    expect(layers.map((l) => l.Description)).toContainEqual(
      expect.stringMatching(/kubectl 1\.35\.\d+; \/opt\/helm\/helm 4\./),
    );
  });
});

describe('al2023AmiType', () => {
  const scope = new Construct(new App(), 'Scope');

  it('picks the arm64 AMI for Graviton types and x86_64 otherwise', () => {
    expect(al2023AmiType(scope, ['m7g.large', 'c7g.xlarge'])).toBe('AL2023_ARM_64_STANDARD');
    expect(al2023AmiType(scope, ['m6i.large', 'm5.large'])).toBe('AL2023_x86_64_STANDARD');
  });

  it('refuses a node group that mixes architectures, naming the types', () => {
    expect(() => al2023AmiType(scope, ['m6i.large', 'm7g.large'])).toThrow(
      expect.objectContaining({
        code: 'INVALID_PROPS',
        message: expect.stringContaining('mix x86_64 and arm64 (m6i.large, m7g.large)'),
      }),
    );
  });
});

describe('PlatformCluster without the native OIDC flag', () => {
  it('warns with an acknowledgeable id', () => {
    process.env.CDK_VALIDATION = 'false';
    const stack = new Stack(new App(), 'NoFlag', {
      env: { account: '111111111111', region: 'us-east-1' },
    });
    const vpc = new ec2.Vpc(stack, 'Vpc', { availabilityZones: ['us-east-1a', 'us-east-1b'] });
    new PlatformCluster(stack, 'Cluster', { vpc, clusterName: 'c', kubernetesVersion: '1.35' });
    Annotations.fromStack(stack).hasWarning(
      '/NoFlag/Cluster',
      Match.stringLikeRegexp(
        '@aws-cdk/aws-eks:useNativeOidcProvider.*\\[ack: eks-platform:nativeOidcProvider\\]',
      ),
    );
  });
});
