import { beforeAll, describe, expect, it } from 'vitest';
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
