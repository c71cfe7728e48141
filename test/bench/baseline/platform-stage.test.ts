import { App, type Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { BaselineClusterStage } from '../../../bench/baseline/platform-stage';

describe('BaselineClusterStage', () => {
  const templates: Record<string, Template> = {};
  beforeAll(() => {
    process.env.CDK_VALIDATION = 'false';
    const app = new App({ context: { '@aws-cdk/aws-eks:useNativeOidcProvider': true } });
    const stage = new BaselineClusterStage(app, {
      clusterName: 'eks-dev-1-35',
      env: { account: '111111111111', region: 'us-east-1' },
      region: 'us-east-1',
      zoneId: 'Z0123456789ABCDEFGHIJ',
      zoneName: 'example.com',
    });
    for (const id of ['Network', 'Cluster', 'Addons']) {
      templates[id] = Template.fromStack(stage.node.findChild(id) as Stack);
    }
  });

  it('builds a two-AZ VPC with one NAT gateway', () => {
    templates.Network.hasResourceProperties('AWS::EC2::VPC', { CidrBlock: '10.0.0.0/16' });
    templates.Network.resourceCountIs('AWS::EC2::Subnet', 4);
    templates.Network.resourceCountIs('AWS::EC2::NatGateway', 1);
  });

  it('creates the cluster with audit logs, standard support and a native OIDC provider', () => {
    templates.Cluster.hasResourceProperties('AWS::EKS::Cluster', {
      Name: 'eks-dev-1-35',
      Version: '1.35',
      UpgradePolicy: { SupportType: 'STANDARD' },
      Logging: {
        ClusterLogging: {
          EnabledTypes: [{ Type: 'api' }, { Type: 'audit' }, { Type: 'authenticator' }],
        },
      },
    });
    templates.Cluster.resourceCountIs('AWS::IAM::OIDCProvider', 1);
    templates.Cluster.hasResourceProperties('AWS::EKS::Nodegroup', {
      InstanceTypes: ['m6i.large'],
      AmiType: 'AL2023_x86_64_STANDARD',
      ScalingConfig: { MinSize: 2, DesiredSize: 2, MaxSize: 4 },
    });
  });

  it('installs both pinned charts after their roles and policies, waiting ten minutes', () => {
    const charts = Object.values(templates.Addons.findResources('Custom::AWSCDK-EKS-HelmChart'));
    const pins = charts.map((c) => `${c.Properties.Chart}@${c.Properties.Version}`);
    expect(pins.sort()).toEqual(['aws-load-balancer-controller@3.5.0', 'external-dns@1.21.1']);
    for (const chart of charts) {
      expect(chart.Properties).toMatchObject({ Wait: true, Timeout: '600s' });
      expect(chart.DependsOn).toHaveLength(2);
    }
  });

  it('trusts each role through CfnJson conditions and scopes ExternalDNS to the zone', () => {
    templates.Addons.resourceCountIs('Custom::AWSCDKCfnJson', 2);
    templates.Addons.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['route53:ChangeResourceRecordSets', 'route53:ListResourceRecordSets'],
            Resource: 'arn:aws:route53:::hostedzone/Z0123456789ABCDEFGHIJ',
          }),
        ]),
      },
    });
  });
});
