import { describe, expect, it } from 'vitest';
import type { StackArtifact, Template } from '../../../src/check/assembly/read-assembly';
import { Model } from '../../../src/check/model/model';

function stack(key: string, template: Template, extra: Partial<StackArtifact> = {}): StackArtifact {
  return {
    key,
    displayName: key,
    account: '111111111111',
    region: 'eu-west-1',
    template,
    dependencies: [],
    paths: new Map(),
    ...extra,
  };
}

const producer = stack('Producer', {
  Resources: {
    Cluster: { Type: 'AWS::EKS::Cluster', Properties: { Name: 'prod' } },
    Oidc: {
      Type: 'AWS::IAM::OIDCProvider',
      Properties: { Url: { 'Fn::GetAtt': ['Cluster', 'OpenIdConnectIssuerUrl'] } },
    },
    Queue: { Type: 'AWS::SQS::Queue' },
    Nested: {
      Type: 'AWS::CloudFormation::Stack',
      Properties: { Parameters: { Name: { Ref: 'Cluster' } } },
    },
  },
  Outputs: { OidcArn: { Value: { Ref: 'Oidc' }, Export: { Name: 'Producer:Oidc' } } },
  Mappings: { Zones: { 'eu-west-1': { Id: 'Z1' } } },
});
const nested = stack(
  'Producer/Nested',
  {
    Parameters: { Name: { Type: 'String' } },
    Resources: {},
    // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub syntax
    Outputs: { Greeting: { Value: { 'Fn::Sub': 'hello ${Name}' } } },
  },
  { parent: { key: 'Producer', logicalId: 'Nested' } },
);
const consumer = stack('Consumer', {
  Resources: {
    Json: {
      Type: 'Custom::AWSCDKCfnJson',
      Properties: {
        Value: {
          'Fn::Join': [
            '',
            [
              '{"',
              {
                'Fn::Select': [
                  1,
                  { 'Fn::Split': [':oidc-provider/', { 'Fn::ImportValue': 'Producer:Oidc' }] },
                ],
              },
              ':sub":"system:serviceaccount:a:b"}',
            ],
          ],
        },
      },
    },
  },
});
const model = new Model([producer, nested, consumer]);
const resolve = (s: StackArtifact, v: unknown) => model.resolver.resolve(s, v);

describe('Resolver', () => {
  it('builds the OIDC provider ARN from the cluster issuer, keeping the cluster id symbolic', () => {
    expect(resolve(producer, { Ref: 'Oidc' })).toBe(
      'arn:aws:iam::111111111111:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/«OidcId.Producer.Cluster»',
    );
  });

  it('follows imports across stacks and parses CfnJson values with Select and Split', () => {
    expect(resolve(consumer, { 'Fn::GetAtt': ['Json', 'Value'] })).toEqual({
      'oidc.eks.eu-west-1.amazonaws.com/id/«OidcId.Producer.Cluster»:sub':
        'system:serviceaccount:a:b',
    });
  });

  it('resolves nested stack outputs through the parameters the parent passes', () => {
    expect(resolve(producer, { 'Fn::GetAtt': ['Nested', 'Outputs.Greeting'] })).toBe('hello prod');
  });

  it('resolves Sub with variables, pseudo parameters and escapes', () => {
    const sub = {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub syntax
      'Fn::Sub': ['arn:${AWS::Partition}:x:${AWS::Region}:${Acct}:${!Literal}', { Acct: '42' }],
    };
    // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub syntax
    expect(resolve(producer, sub)).toBe('arn:aws:x:eu-west-1:42:${Literal}');
  });

  it('looks up mappings and drops AWS::NoValue', () => {
    expect(resolve(producer, { 'Fn::FindInMap': ['Zones', { Ref: 'AWS::Region' }, 'Id'] })).toBe(
      'Z1',
    );
    expect(resolve(producer, ['a', { Ref: 'AWS::NoValue' }])).toEqual(['a']);
  });

  it('keeps deploy-time values symbolic instead of guessing', () => {
    expect(resolve(producer, { Ref: 'Queue' })).toBe('«Ref.Producer.Queue»');
    expect(resolve(producer, { 'Fn::GetAtt': ['Queue', 'Arn'] })).toBe(
      '«GetAtt.Producer.Queue.Arn»',
    );
    expect(resolve(producer, { 'Fn::If': ['IsProd', 'a', 'b'] })).toBe('«If.Producer»');
    expect(resolve(consumer, { 'Fn::ImportValue': 'Nowhere' })).toBe('«Import.Nowhere»');
  });

  it('points tokens back at their resources', () => {
    expect(model.resourceOf('«GetAtt.Producer.Queue.Arn»')?.logicalId).toBe('Queue');
  });
});
