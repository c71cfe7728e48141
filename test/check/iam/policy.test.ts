import { describe, expect, it } from 'vitest';
import { evaluate, statementsOf } from '../../../src/check/iam/policy';

const LB = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/web/0123';

function policy(...statements: Record<string, unknown>[]) {
  return statementsOf({ Version: '2012-10-17', Statement: statements });
}

describe('evaluate', () => {
  it('allows through action and resource wildcards, case-insensitive on the action', () => {
    const s = policy({ Effect: 'Allow', Action: 'ElasticLoadBalancing:Describe*', Resource: '*' });
    expect(evaluate(s, { action: 'elasticloadbalancing:DescribeTags', resource: '*' })).toBe(
      'allowed',
    );
    expect(evaluate(s, { action: 'elasticloadbalancing:AddTags', resource: '*' })).toBe(
      'implicit-deny',
    );
  });

  it('lets an explicit Deny win over any Allow', () => {
    const s = policy(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Deny', Action: 'elasticloadbalancing:DeleteLoadBalancer', Resource: LB },
    );
    expect(evaluate(s, { action: 'elasticloadbalancing:DeleteLoadBalancer', resource: LB })).toBe(
      'explicit-deny',
    );
    expect(evaluate(s, { action: 'elasticloadbalancing:AddTags', resource: LB })).toBe('allowed');
  });

  it('reads NotAction and NotResource as everything except', () => {
    const s = policy({ Effect: 'Allow', NotAction: 'iam:*', NotResource: 'arn:aws:s3:::secret' });
    expect(evaluate(s, { action: 'ec2:DescribeVpcs', resource: '*' })).toBe('allowed');
    expect(evaluate(s, { action: 'iam:PassRole', resource: '*' })).toBe('implicit-deny');
    expect(evaluate(s, { action: 's3:GetObject', resource: 'arn:aws:s3:::secret' })).toBe(
      'implicit-deny',
    );
  });

  it('evaluates the Null operator on request and resource tags', () => {
    const s = policy({
      Effect: 'Allow',
      Action: 'elasticloadbalancing:AddTags',
      Resource: 'arn:aws:elasticloadbalancing:*:*:loadbalancer/app/*/*',
      Condition: {
        Null: {
          'aws:RequestTag/elbv2.k8s.aws/cluster': 'true',
          'aws:ResourceTag/elbv2.k8s.aws/cluster': 'false',
        },
      },
    });
    const owned = { 'aws:ResourceTag/elbv2.k8s.aws/cluster': 'eks' };
    expect(
      evaluate(s, { action: 'elasticloadbalancing:AddTags', resource: LB, context: owned }),
    ).toBe('allowed');
    const creating = { ...owned, 'aws:RequestTag/elbv2.k8s.aws/cluster': 'eks' };
    expect(
      evaluate(s, { action: 'elasticloadbalancing:AddTags', resource: LB, context: creating }),
    ).toBe('implicit-deny');
  });

  it('evaluates set operators, IfExists and negated operators', () => {
    const any = policy({
      Effect: 'Allow',
      Action: 'x:Y',
      Resource: '*',
      Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['a', 'b'] } },
    });
    expect(
      evaluate(any, { action: 'x:Y', resource: '*', context: { 'aws:TagKeys': ['c', 'b'] } }),
    ).toBe('allowed');
    expect(evaluate(any, { action: 'x:Y', resource: '*', context: { 'aws:TagKeys': ['c'] } })).toBe(
      'implicit-deny',
    );
    const ifExists = policy({
      Effect: 'Allow',
      Action: 'x:Y',
      Resource: '*',
      Condition: { StringEqualsIfExists: { 'x:k': 'v' } },
    });
    expect(evaluate(ifExists, { action: 'x:Y', resource: '*' })).toBe('allowed');
    const not = policy({
      Effect: 'Allow',
      Action: 'x:Y',
      Resource: '*',
      Condition: { StringNotLike: { 'x:k': 'prod-*' } },
    });
    expect(evaluate(not, { action: 'x:Y', resource: '*', context: { 'x:k': 'prod-1' } })).toBe(
      'implicit-deny',
    );
    expect(evaluate(not, { action: 'x:Y', resource: '*', context: { 'x:k': 'dev-1' } })).toBe(
      'allowed',
    );
  });

  it('matches a deploy-time resource id only with the same token', () => {
    const s = policy({
      Effect: 'Allow',
      Action: 'route53:ChangeResourceRecordSets',
      Resource: 'arn:«AWS.Partition»:route53:::hostedzone/«Ref.Dns.Zone»',
    });
    const request = (zone: string) => ({
      action: 'route53:ChangeResourceRecordSets',
      resource: `arn:aws:route53:::hostedzone/${zone}`,
    });
    expect(evaluate(s, request('«Ref.Dns.Zone»'))).toBe('allowed');
    expect(evaluate(s, request('ZOTHER'))).toBe('implicit-deny');
  });
});
