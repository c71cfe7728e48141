import { compareVersions } from '../../versions';

/**
 * The AWS Load Balancer Controller IAM policy as published for a controller version (the shape of
 * `docs/install/iam_policy.json`), rebuilt from the history in DESIGN §2 and equal to the published
 * documents from v2.5.0 to v3.5.0. The add-on grants it; the check and its tests use it as the
 * compliant policy. Plain data without CDK imports, so the check can load it cheaply.
 */
export interface PolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: Record<string, unknown>[];
}

const TAG = 'elbv2.k8s.aws/cluster';
const REQ = `aws:RequestTag/${TAG}`;
const RES = `aws:ResourceTag/${TAG}`;
const ELB = 'arn:aws:elasticloadbalancing:*:*';
const SG = 'arn:aws:ec2:*:*:security-group/*';
const LB_AND_TG = [
  `${ELB}:targetgroup/*/*`,
  `${ELB}:loadbalancer/net/*/*`,
  `${ELB}:loadbalancer/app/*/*`,
];

type Versioned = string | [string, string];

export function albControllerPolicy(version: string): PolicyDocument {
  const has = (since: string) => compareVersions(since, version) <= 0;
  const pick = (actions: Versioned[]) =>
    actions
      .filter((a) => typeof a === 'string' || has(a[1]))
      .map((a) => (typeof a === 'string' ? a : a[0]));
  const statements: Record<string, unknown>[] = [
    {
      Effect: 'Allow',
      Action: ['iam:CreateServiceLinkedRole'],
      Resource: '*',
      Condition: { StringEquals: { 'iam:AWSServiceName': 'elasticloadbalancing.amazonaws.com' } },
    },
    {
      Effect: 'Allow',
      Action: pick([
        'ec2:DescribeAccountAttributes',
        'ec2:DescribeAddresses',
        'ec2:DescribeAvailabilityZones',
        'ec2:DescribeInternetGateways',
        'ec2:DescribeVpcs',
        'ec2:DescribeVpcPeeringConnections',
        'ec2:DescribeSubnets',
        'ec2:DescribeSecurityGroups',
        'ec2:DescribeInstances',
        'ec2:DescribeNetworkInterfaces',
        'ec2:DescribeTags',
        'ec2:GetCoipPoolUsage',
        'ec2:DescribeCoipPools',
        ['ec2:GetSecurityGroupsForVpc', '2.10.0'],
        ['ec2:DescribeIpamPools', '2.12.0'],
        ['ec2:DescribeRouteTables', '2.13.0'],
        'elasticloadbalancing:DescribeLoadBalancers',
        'elasticloadbalancing:DescribeLoadBalancerAttributes',
        'elasticloadbalancing:DescribeListeners',
        'elasticloadbalancing:DescribeListenerCertificates',
        'elasticloadbalancing:DescribeSSLPolicies',
        'elasticloadbalancing:DescribeRules',
        'elasticloadbalancing:DescribeTargetGroups',
        'elasticloadbalancing:DescribeTargetGroupAttributes',
        'elasticloadbalancing:DescribeTargetHealth',
        'elasticloadbalancing:DescribeTags',
        ['elasticloadbalancing:DescribeTrustStores', '2.7.0'],
        ['elasticloadbalancing:DescribeListenerAttributes', '2.9.0'],
        ['elasticloadbalancing:DescribeCapacityReservation', '2.11.0'],
      ]),
      Resource: '*',
    },
    {
      Effect: 'Allow',
      Action: [
        'cognito-idp:DescribeUserPoolClient',
        'acm:ListCertificates',
        'acm:DescribeCertificate',
        'iam:ListServerCertificates',
        'iam:GetServerCertificate',
        'waf-regional:GetWebACL',
        'waf-regional:GetWebACLForResource',
        'waf-regional:AssociateWebACL',
        'waf-regional:DisassociateWebACL',
        'wafv2:GetWebACL',
        'wafv2:GetWebACLForResource',
        'wafv2:AssociateWebACL',
        'wafv2:DisassociateWebACL',
        'shield:GetSubscriptionState',
        'shield:DescribeProtection',
        'shield:CreateProtection',
        'shield:DeleteProtection',
      ],
      Resource: '*',
    },
    {
      Effect: 'Allow',
      Action: ['ec2:AuthorizeSecurityGroupIngress', 'ec2:RevokeSecurityGroupIngress'],
      Resource: '*',
    },
    { Effect: 'Allow', Action: ['ec2:CreateSecurityGroup'], Resource: '*' },
    {
      Effect: 'Allow',
      Action: ['ec2:CreateTags'],
      Resource: SG,
      Condition: {
        StringEquals: { 'ec2:CreateAction': 'CreateSecurityGroup' },
        Null: { [REQ]: 'false' },
      },
    },
    {
      Effect: 'Allow',
      Action: ['ec2:CreateTags', 'ec2:DeleteTags'],
      Resource: SG,
      Condition: { Null: { [REQ]: 'true', [RES]: 'false' } },
    },
    {
      Effect: 'Allow',
      Action: [
        'ec2:AuthorizeSecurityGroupIngress',
        'ec2:RevokeSecurityGroupIngress',
        'ec2:DeleteSecurityGroup',
      ],
      Resource: '*',
      Condition: { Null: { [RES]: 'false' } },
    },
    {
      Effect: 'Allow',
      Action: ['elasticloadbalancing:CreateLoadBalancer', 'elasticloadbalancing:CreateTargetGroup'],
      Resource: '*',
      Condition: { Null: { [REQ]: 'false' } },
    },
    {
      Effect: 'Allow',
      Action: [
        'elasticloadbalancing:CreateListener',
        'elasticloadbalancing:DeleteListener',
        'elasticloadbalancing:CreateRule',
        'elasticloadbalancing:DeleteRule',
      ],
      Resource: '*',
    },
    {
      Effect: 'Allow',
      Action: ['elasticloadbalancing:AddTags', 'elasticloadbalancing:RemoveTags'],
      Resource: LB_AND_TG,
      Condition: { Null: { [REQ]: 'true', [RES]: 'false' } },
    },
    {
      Effect: 'Allow',
      Action: ['elasticloadbalancing:AddTags', 'elasticloadbalancing:RemoveTags'],
      Resource: [
        `${ELB}:listener/net/*/*/*`,
        `${ELB}:listener/app/*/*/*`,
        `${ELB}:listener-rule/net/*/*/*`,
        `${ELB}:listener-rule/app/*/*/*`,
      ],
    },
    {
      Effect: 'Allow',
      Action: pick([
        'elasticloadbalancing:ModifyLoadBalancerAttributes',
        'elasticloadbalancing:SetIpAddressType',
        'elasticloadbalancing:SetSecurityGroups',
        'elasticloadbalancing:SetSubnets',
        'elasticloadbalancing:DeleteLoadBalancer',
        'elasticloadbalancing:ModifyTargetGroup',
        'elasticloadbalancing:ModifyTargetGroupAttributes',
        'elasticloadbalancing:DeleteTargetGroup',
        ['elasticloadbalancing:ModifyListenerAttributes', '2.9.0'],
        ['elasticloadbalancing:ModifyCapacityReservation', '2.11.0'],
        ['elasticloadbalancing:ModifyIpPools', '2.12.0'],
      ]),
      Resource: '*',
      Condition: { Null: { [RES]: 'false' } },
    },
  ];
  if (has('2.5.0')) {
    statements.push({
      Effect: 'Allow',
      Action: ['elasticloadbalancing:AddTags'],
      Resource: LB_AND_TG,
      Condition: {
        StringEquals: {
          'elasticloadbalancing:CreateAction': ['CreateTargetGroup', 'CreateLoadBalancer'],
        },
        Null: { [REQ]: 'false' },
      },
    });
  }
  statements.push(
    {
      Effect: 'Allow',
      Action: ['elasticloadbalancing:RegisterTargets', 'elasticloadbalancing:DeregisterTargets'],
      Resource: `${ELB}:targetgroup/*/*`,
    },
    {
      Effect: 'Allow',
      Action: pick([
        'elasticloadbalancing:SetWebAcl',
        'elasticloadbalancing:ModifyListener',
        'elasticloadbalancing:AddListenerCertificates',
        'elasticloadbalancing:RemoveListenerCertificates',
        'elasticloadbalancing:ModifyRule',
        ['elasticloadbalancing:SetRulePriorities', '2.12.0'],
      ]),
      Resource: '*',
    },
  );
  return { Version: '2012-10-17', Statement: statements };
}
