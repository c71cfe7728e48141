import * as iam from 'aws-cdk-lib/aws-iam';

/**
 * The AWS Load Balancer Controller's IAM policy, as published for v2.13.0 and unchanged up to v3.5.0
 * (`docs/install/iam_policy.json` of kubernetes-sigs/aws-load-balancer-controller). Kept in code so
 * synthesis never downloads it. `{partition}` stands for the stack's partition.
 */
const CLUSTER_TAG = 'elbv2.k8s.aws/cluster';
const ELB = 'elasticloadbalancing';
const elb = (...actions: string[]) => actions.map((a) => `${ELB}:${a}`);
const ec2 = (...actions: string[]) => actions.map((a) => `ec2:${a}`);

const SECURITY_GROUPS = ['arn:{partition}:ec2:*:*:security-group/*'];
const BALANCERS_AND_GROUPS = [
  `arn:{partition}:${ELB}:*:*:targetgroup/*/*`,
  `arn:{partition}:${ELB}:*:*:loadbalancer/net/*/*`,
  `arn:{partition}:${ELB}:*:*:loadbalancer/app/*/*`,
];
const LISTENERS_AND_RULES = [
  `arn:{partition}:${ELB}:*:*:listener/net/*/*/*`,
  `arn:{partition}:${ELB}:*:*:listener/app/*/*/*`,
  `arn:{partition}:${ELB}:*:*:listener-rule/net/*/*/*`,
  `arn:{partition}:${ELB}:*:*:listener-rule/app/*/*/*`,
];
/** Only resources the controller tagged as its own. */
const TAGGED_BY_CONTROLLER = { Null: { [`aws:ResourceTag/${CLUSTER_TAG}`]: 'false' } };
/** Tag changes that leave the controller's own tag alone, on resources it owns. */
const KEEPS_CLUSTER_TAG = {
  Null: { [`aws:RequestTag/${CLUSTER_TAG}`]: 'true', [`aws:ResourceTag/${CLUSTER_TAG}`]: 'false' },
};

interface StatementData {
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  readonly conditions?: Record<string, Record<string, unknown>>;
}

const STATEMENTS: readonly StatementData[] = [
  {
    actions: ['iam:CreateServiceLinkedRole'],
    resources: ['*'],
    conditions: { StringEquals: { 'iam:AWSServiceName': `${ELB}.amazonaws.com` } },
  },
  {
    actions: [
      ...ec2('DescribeAccountAttributes', 'DescribeAddresses', 'DescribeAvailabilityZones'),
      ...ec2('DescribeInternetGateways', 'DescribeVpcs', 'DescribeVpcPeeringConnections'),
      ...ec2('DescribeSubnets', 'DescribeSecurityGroups', 'DescribeInstances'),
      ...ec2('DescribeNetworkInterfaces', 'DescribeTags', 'GetCoipPoolUsage', 'DescribeCoipPools'),
      ...ec2('GetSecurityGroupsForVpc', 'DescribeIpamPools', 'DescribeRouteTables'),
      ...elb('DescribeLoadBalancers', 'DescribeLoadBalancerAttributes', 'DescribeListeners'),
      ...elb('DescribeListenerCertificates', 'DescribeSSLPolicies', 'DescribeRules'),
      ...elb('DescribeTargetGroups', 'DescribeTargetGroupAttributes', 'DescribeTargetHealth'),
      ...elb('DescribeTags', 'DescribeTrustStores', 'DescribeListenerAttributes'),
      ...elb('DescribeCapacityReservation'),
    ],
    resources: ['*'],
  },
  {
    actions: [
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
    resources: ['*'],
  },
  { actions: ec2('AuthorizeSecurityGroupIngress', 'RevokeSecurityGroupIngress'), resources: ['*'] },
  { actions: ec2('CreateSecurityGroup'), resources: ['*'] },
  {
    actions: ec2('CreateTags'),
    resources: SECURITY_GROUPS,
    conditions: {
      StringEquals: { 'ec2:CreateAction': 'CreateSecurityGroup' },
      Null: { [`aws:RequestTag/${CLUSTER_TAG}`]: 'false' },
    },
  },
  {
    actions: ec2('CreateTags', 'DeleteTags'),
    resources: SECURITY_GROUPS,
    conditions: KEEPS_CLUSTER_TAG,
  },
  {
    actions: ec2(
      'AuthorizeSecurityGroupIngress',
      'RevokeSecurityGroupIngress',
      'DeleteSecurityGroup',
    ),
    resources: ['*'],
    conditions: TAGGED_BY_CONTROLLER,
  },
  {
    actions: elb('CreateLoadBalancer', 'CreateTargetGroup'),
    resources: ['*'],
    conditions: { Null: { [`aws:RequestTag/${CLUSTER_TAG}`]: 'false' } },
  },
  {
    actions: elb('CreateListener', 'DeleteListener', 'CreateRule', 'DeleteRule'),
    resources: ['*'],
  },
  {
    actions: elb('AddTags', 'RemoveTags'),
    resources: BALANCERS_AND_GROUPS,
    conditions: KEEPS_CLUSTER_TAG,
  },
  { actions: elb('AddTags', 'RemoveTags'), resources: LISTENERS_AND_RULES },
  {
    actions: [
      ...elb('ModifyLoadBalancerAttributes', 'SetIpAddressType', 'SetSecurityGroups', 'SetSubnets'),
      ...elb('DeleteLoadBalancer', 'ModifyTargetGroup', 'ModifyTargetGroupAttributes'),
      ...elb('DeleteTargetGroup', 'ModifyListenerAttributes', 'ModifyCapacityReservation'),
      ...elb('ModifyIpPools'),
    ],
    resources: ['*'],
    conditions: TAGGED_BY_CONTROLLER,
  },
  {
    actions: elb('AddTags'),
    resources: BALANCERS_AND_GROUPS,
    conditions: {
      StringEquals: { [`${ELB}:CreateAction`]: ['CreateTargetGroup', 'CreateLoadBalancer'] },
      Null: { [`aws:RequestTag/${CLUSTER_TAG}`]: 'false' },
    },
  },
  {
    actions: elb('RegisterTargets', 'DeregisterTargets'),
    resources: [`arn:{partition}:${ELB}:*:*:targetgroup/*/*`],
  },
  {
    actions: [
      ...elb('SetWebAcl', 'ModifyListener', 'AddListenerCertificates'),
      ...elb('RemoveListenerCertificates', 'ModifyRule', 'SetRulePriorities'),
    ],
    resources: ['*'],
  },
];

/** The published policy's statements for `partition` (`aws`, `aws-cn`, `aws-us-gov`, ...). */
export function controllerPolicyStatements(partition: string): iam.PolicyStatement[] {
  return STATEMENTS.map(
    (s) =>
      new iam.PolicyStatement({
        actions: [...s.actions],
        resources: s.resources.map((r) => r.replace('{partition}', partition)),
        conditions: s.conditions,
      }),
  );
}
