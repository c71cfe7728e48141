import { beforeAll, describe, expect, it } from 'vitest';
import { externalDnsValues, TXT_PREFIX } from '../../../src/addons/external-dns';
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

function chart(): any {
  return resourcesOf(platform.addons, 'Custom::AWSCDK-EKS-HelmChart').find(
    ([, r]) => r.Properties.Chart === 'external-dns',
  )?.[1];
}

function joinedValues(): string {
  const parts: any[] = chart().Properties.Values['Fn::Join'][1];
  return parts.map((p) => (typeof p === 'string' ? p : '<token>')).join('');
}

describe('ExternalDns', () => {
  it('installs the kubernetes-sigs chart 1.21.1, never a withdrawn catalogue', () => {
    expect(chart().Properties).toMatchObject({
      Repository: 'https://kubernetes-sigs.github.io/external-dns/',
      Chart: 'external-dns',
      Version: '1.21.1',
      Namespace: 'kube-system',
      Wait: true,
    });
  });

  it('pins provider, zone, policy, owner and region in the values the chart reads', () => {
    const values = JSON.parse(joinedValues());
    expect(values).toEqual({
      provider: { name: 'aws' },
      domainFilters: ['example.com'],
      extraArgs: ['--zone-id-filter=Z0123456789ABCDEFGHIJ'],
      policy: 'upsert-only',
      registry: 'txt',
      txtOwnerId: 'eks-dev-1-35',
      txtPrefix: TXT_PREFIX,
      env: [{ name: 'AWS_DEFAULT_REGION', value: 'us-east-1' }],
      serviceAccount: {
        create: true,
        name: 'external-dns',
        annotations: { 'eks.amazonaws.com/role-arn': '<token>' },
      },
    });
  });

  it('scopes record changes to the configured zone and lists zones on * only', () => {
    const [, policy] = resourcesOf(platform.addons, 'AWS::IAM::Policy').find(([id]) =>
      id.startsWith('ExternalDnsPermissions'),
    ) as [string, any];
    const zoneArn = 'arn:aws:route53:::hostedzone/Z0123456789ABCDEFGHIJ';
    expect(policy.Properties.PolicyDocument.Statement).toEqual([
      {
        Sid: 'ChangeRecordsInOwnZone',
        Effect: 'Allow',
        Action: ['route53:ChangeResourceRecordSets', 'route53:ListResourceRecordSets'],
        Resource: zoneArn,
      },
      {
        Sid: 'ReadOwnZoneTags',
        Effect: 'Allow',
        Action: 'route53:ListTagsForResources',
        Resource: zoneArn,
      },
      { Sid: 'FindZones', Effect: 'Allow', Action: 'route53:ListHostedZones', Resource: '*' },
    ]);
  });

  it('trusts only kube-system/external-dns with the STS audience', () => {
    const [, conditions] = resourcesOf(platform.addons, 'Custom::AWSCDKCfnJson').find(([id]) =>
      id.startsWith('ExternalDnsIdentityTrustConditions'),
    ) as [string, any];
    const json = JSON.stringify(conditions.Properties.Value);
    expect(json).toContain(':sub\\":\\"system:serviceaccount:kube-system:external-dns\\"');
    expect(json).toContain(':aud\\":\\"sts.amazonaws.com\\"');
    const [, role] = resourcesOf(platform.addons, 'AWS::IAM::Role').find(([id]) =>
      id.startsWith('ExternalDnsIdentityRole'),
    ) as [string, any];
    const [statement] = role.Properties.AssumeRolePolicyDocument.Statement;
    expect(statement.Action).toBe('sts:AssumeRoleWithWebIdentity');
    expect(Object.keys(statement.Condition)).toEqual(['StringEquals']);
  });

  it('matches parent zones when a domain filter lies below the zone', () => {
    const values = externalDnsValues({
      zone: { zoneId: 'Z1', zoneName: 'example.com' },
      region: 'eu-west-1',
      domainFilters: ['apps.example.com'],
      policy: 'sync',
      txtOwnerId: 'c1',
      serviceAccount: { namespace: 'kube-system', name: 'external-dns' },
      serviceAccountAnnotations: {},
    });
    expect(values.extraArgs).toEqual(['--zone-id-filter=Z1', '--aws-zone-match-parent']);
  });

  it('uses the partition of the region, such as aws-cn', () => {
    const config = defaultConfigObject();
    Object.assign(config.clusters[0] as object, {
      region: 'cn-north-1',
      availabilityZones: ['cn-north-1a', 'cn-north-1b'],
    });
    const china = synthFirstCluster(configFrom(config));
    const json = JSON.stringify(china.addons.toJSON());
    expect(json).toContain('arn:aws-cn:route53:::hostedzone/Z0123456789ABCDEFGHIJ');
    expect(json).not.toContain('arn:aws:route53');
  });
});
