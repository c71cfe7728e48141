import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  configFrom,
  defaultConfigObject,
  resourcesOf,
  synthFirstCluster,
} from '../../support/platform';

let platform: ReturnType<typeof synthFirstCluster>;

beforeAll(() => {
  platform = synthFirstCluster(configFrom(defaultConfigObject()));
});

function controllerChart() {
  const [[id, chart]] = resourcesOf(platform.addons, 'Custom::AWSCDK-EKS-HelmChart').filter(
    ([, r]) => r.Properties.Chart === 'aws-load-balancer-controller',
  ) as [string, any][];
  return { id, chart };
}

/** The Values property, joined with every token replaced by a marker naming what it was. */
function valuesOf(chart: any): any {
  const values = chart.Properties.Values;
  if (typeof values === 'string') return JSON.parse(values);
  const parts = values['Fn::Join'][1].map((p: any) => {
    if (typeof p === 'string') return p;
    if (p['Fn::ImportValue']) return `<import:${p['Fn::ImportValue']}>`;
    if (p['Fn::GetAtt']) return `<getatt:${p['Fn::GetAtt'].join('.')}>`;
    return `<${Object.keys(p)[0]}>`;
  });
  return JSON.parse(parts.join(''));
}

describe('AwsLoadBalancerController', () => {
  it('installs chart 3.5.0 from the eks-charts repository, waiting well under the Lambda limit', () => {
    const { chart } = controllerChart();
    expect(chart.Properties).toMatchObject({
      Repository: 'https://aws.github.io/eks-charts',
      Chart: 'aws-load-balancer-controller',
      Version: '3.5.0',
      Namespace: 'kube-system',
      Wait: true,
      Timeout: '600s',
    });
  });

  it('sets cluster name, region and VPC id so the controller never asks instance metadata', () => {
    const values = valuesOf(controllerChart().chart);
    expect(values.clusterName).toMatch(/^<import:eks-dev-1-35-Cluster:ExportsOutputRefCluster/);
    expect(values.region).toBe('us-east-1');
    expect(values.vpcId).toMatch(/^<import:eks-dev-1-35-Network:ExportsOutputRefNetworkVpc/);
    expect(values.replicaCount).toBe(1);
  });

  it('annotates the service account the chart renders with the role that trusts exactly it', () => {
    const values = valuesOf(controllerChart().chart);
    expect(values.serviceAccount).toEqual({
      create: true,
      name: 'aws-load-balancer-controller',
      annotations: {
        'eks.amazonaws.com/role-arn': '<getatt:AwsLoadBalancerControllerIdentityRoleA35ECE39.Arn>',
      },
    });
    const [, conditions] = resourcesOf(platform.addons, 'Custom::AWSCDKCfnJson').find(([id]) =>
      id.startsWith('AwsLoadBalancerControllerIdentityTrustConditions'),
    ) as [string, any];
    const json = JSON.stringify(conditions.Properties.Value);
    expect(json).toContain(
      ':sub\\":\\"system:serviceaccount:kube-system:aws-load-balancer-controller\\"',
    );
    expect(json).toContain(':aud\\":\\"sts.amazonaws.com\\"');
  });

  it('installs the chart only after its role and permissions exist', () => {
    const { chart } = controllerChart();
    expect(chart.DependsOn).toEqual(
      expect.arrayContaining([
        'AwsLoadBalancerControllerIdentityRoleA35ECE39',
        expect.stringMatching(/^AwsLoadBalancerControllerPermissions/),
      ]),
    );
  });

  it('grants the v3.5.0 policy, including the calls added since v2.7 and their conditions', () => {
    const [[, policy]] = resourcesOf(platform.addons, 'AWS::IAM::Policy').filter(([id]) =>
      id.startsWith('AwsLoadBalancerControllerPermissions'),
    ) as [string, any][];
    const statements: any[] = policy.Properties.PolicyDocument.Statement;
    const actions = statements.flatMap((s) => [s.Action].flat());
    for (const action of [
      'elasticloadbalancing:DescribeListenerAttributes',
      'elasticloadbalancing:ModifyListenerAttributes',
      'elasticloadbalancing:DescribeTrustStores',
      'ec2:GetSecurityGroupsForVpc',
      'elasticloadbalancing:DescribeCapacityReservation',
      'elasticloadbalancing:ModifyIpPools',
      'elasticloadbalancing:SetRulePriorities',
      'ec2:DescribeRouteTables',
    ]) {
      expect(actions).toContain(action);
    }
    expect(statements).toHaveLength(16);
    expect(statements).toContainEqual(
      expect.objectContaining({
        Action: [
          'elasticloadbalancing:CreateLoadBalancer',
          'elasticloadbalancing:CreateTargetGroup',
        ],
        Condition: { Null: { 'aws:RequestTag/elbv2.k8s.aws/cluster': 'false' } },
        Resource: '*',
      }),
    );
    expect(statements).toContainEqual(
      expect.objectContaining({
        Action: 'iam:CreateServiceLinkedRole',
        Condition: { StringEquals: { 'iam:AWSServiceName': 'elasticloadbalancing.amazonaws.com' } },
      }),
    );
    const deletes = statements.find((s) => [s.Action].flat().includes('ec2:DeleteSecurityGroup'));
    expect(deletes.Condition).toEqual({
      Null: { 'aws:ResourceTag/elbv2.k8s.aws/cluster': 'false' },
    });
    expect(policy.Properties.Roles).toEqual([
      { Ref: 'AwsLoadBalancerControllerIdentityRoleA35ECE39' },
    ]);
  });

  it('writes ARNs for the partition of the stack', () => {
    platform.addons.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: [
              'elasticloadbalancing:RegisterTargets',
              'elasticloadbalancing:DeregisterTargets',
            ],
            Resource: 'arn:aws:elasticloadbalancing:*:*:targetgroup/*/*',
          }),
        ]),
      },
    });
  });
});
