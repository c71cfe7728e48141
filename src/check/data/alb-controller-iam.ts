import { compareVersions } from '../../versions';
import type { Request } from '../iam/policy';

/**
 * The AWS Load Balancer Controller's IAM calls, per controller version, as published in
 * `docs/install/iam_policy.json` of kubernetes-sigs/aws-load-balancer-controller. Each call carries
 * the request context the controller sends (the cluster tag on what it creates and owns), so the
 * conditions of a policy are evaluated, not only its action names.
 * Known gap: the table starts at v2.4.0; older controllers are reported as unknown versions.
 */
export const ALB_TABLE_FROM = '2.4.0';
/** Unchanged from v2.13.0 to v3.5.0 (DESIGN §2); newer releases need a new row when they change. */
export const ALB_TABLE_UNTIL = '3.5.0';

const TAG = 'elbv2.k8s.aws/cluster';
const ARN = 'arn:aws:elasticloadbalancing:us-east-1:111111111111';
const LB = `${ARN}:loadbalancer/app/k8s-default-web-0a1b2c3d4e/0123456789abcdef`;
const TG = `${ARN}:targetgroup/k8s-default-web-0a1b2c3d4e/0123456789abcdef`;
const LISTENER = `${ARN}:listener/app/k8s-default-web-0a1b2c3d4e/0123456789abcdef/fedcba9876543210`;
const RULE = `${ARN}:listener-rule/app/k8s-default-web-0a1b2c3d4e/0123456789abcdef/fedcba98/01234567`;
const SG = 'arn:aws:ec2:us-east-1:111111111111:security-group/sg-0123456789abcdef0';

const creating = { [`aws:RequestTag/${TAG}`]: 'eks', 'aws:TagKeys': [TAG] };
const owned = { [`aws:ResourceTag/${TAG}`]: 'eks' };

interface Call extends Request {
  readonly since: string;
}

const call =
  (since: string, resource: string, context = {}) =>
  (action: string) =>
    ({ since, action, resource, context }) as Call;

export const ALB_CALLS: readonly Call[] = [
  call('2.4.0', '*', { 'iam:AWSServiceName': 'elasticloadbalancing.amazonaws.com' })(
    'iam:CreateServiceLinkedRole',
  ),
  ...[
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
  ].map(call('2.4.0', '*')),
  ...['ec2:AuthorizeSecurityGroupIngress', 'ec2:RevokeSecurityGroupIngress'].map(call('2.4.0', SG)),
  call('2.4.0', SG, creating)('ec2:CreateSecurityGroup'),
  call('2.4.0', SG, { ...creating, 'ec2:CreateAction': 'CreateSecurityGroup' })('ec2:CreateTags'),
  ...['ec2:CreateTags', 'ec2:DeleteTags', 'ec2:DeleteSecurityGroup'].map(call('2.4.0', SG, owned)),
  call('2.4.0', LB, creating)('elasticloadbalancing:CreateLoadBalancer'),
  call('2.4.0', TG, creating)('elasticloadbalancing:CreateTargetGroup'),
  ...['elasticloadbalancing:CreateListener', 'elasticloadbalancing:DeleteListener'].map(
    call('2.4.0', LISTENER),
  ),
  ...['elasticloadbalancing:CreateRule', 'elasticloadbalancing:DeleteRule'].map(
    call('2.4.0', RULE),
  ),
  ...['elasticloadbalancing:AddTags', 'elasticloadbalancing:RemoveTags'].flatMap((a) => [
    call('2.4.0', LB, owned)(a),
    call('2.4.0', TG, owned)(a),
    call('2.4.0', LISTENER)(a),
    call('2.4.0', RULE)(a),
  ]),
  ...[
    'elasticloadbalancing:ModifyLoadBalancerAttributes',
    'elasticloadbalancing:SetIpAddressType',
    'elasticloadbalancing:SetSecurityGroups',
    'elasticloadbalancing:SetSubnets',
    'elasticloadbalancing:DeleteLoadBalancer',
  ].map(call('2.4.0', LB, owned)),
  ...[
    'elasticloadbalancing:ModifyTargetGroup',
    'elasticloadbalancing:ModifyTargetGroupAttributes',
    'elasticloadbalancing:DeleteTargetGroup',
    'elasticloadbalancing:RegisterTargets',
    'elasticloadbalancing:DeregisterTargets',
  ].map(call('2.4.0', TG, owned)),
  ...[
    'elasticloadbalancing:SetWebAcl',
    'elasticloadbalancing:ModifyListener',
    'elasticloadbalancing:AddListenerCertificates',
    'elasticloadbalancing:RemoveListenerCertificates',
  ].map(call('2.4.0', LISTENER)),
  call('2.4.0', RULE)('elasticloadbalancing:ModifyRule'),
  call('2.5.0', LB, {
    [`aws:RequestTag/${TAG}`]: 'eks',
    'elasticloadbalancing:CreateAction': 'CreateLoadBalancer',
  })('elasticloadbalancing:AddTags'),
  call('2.7.0', '*')('elasticloadbalancing:DescribeTrustStores'),
  call('2.9.0', '*')('elasticloadbalancing:DescribeListenerAttributes'),
  call('2.9.0', LISTENER, owned)('elasticloadbalancing:ModifyListenerAttributes'),
  call('2.10.0', '*')('ec2:GetSecurityGroupsForVpc'),
  call('2.11.0', '*')('elasticloadbalancing:DescribeCapacityReservation'),
  call('2.11.0', LB, owned)('elasticloadbalancing:ModifyCapacityReservation'),
  call('2.12.0', '*')('ec2:DescribeIpamPools'),
  call('2.12.0', LB, owned)('elasticloadbalancing:ModifyIpPools'),
  call('2.12.0', RULE)('elasticloadbalancing:SetRulePriorities'),
  call('2.13.0', '*')('ec2:DescribeRouteTables'),
];

/** The calls a controller of this version makes. */
export function albCallsFor(version: string): Call[] {
  return ALB_CALLS.filter((c) => compareVersions(c.since, version) <= 0);
}

/** True when the table covers this controller version. */
export function albTableCovers(version: string): boolean {
  return (
    compareVersions(version, ALB_TABLE_FROM) >= 0 && compareVersions(version, ALB_TABLE_UNTIL) <= 0
  );
}

/**
 * The controller version a chart installs. Since chart 3.0.0 chart and app versions are equal;
 * before that chart 1.N.M shipped controller v2.N.M.
 */
export function albControllerVersionOfChart(chartVersion: string): string {
  const v = chartVersion.replace(/^v/, '');
  return v.startsWith('1.') ? `2.${v.slice(2)}` : v;
}
