import { describe, expect, it } from 'vitest';
import { statementsOf } from '../../../../src/check/iam/policy';
import type { RoleFact } from '../../../../src/check/model/iam-roles';
import type { Resource } from '../../../../src/check/model/model';
import { trustsSubject, webIdentityTrusts } from '../../../../src/check/rules/helpers/irsa';

const ISSUER = 'oidc.eks.us-east-1.amazonaws.com/id/«OidcId.Cluster.Eks»';

function role(...statements: Record<string, unknown>[]): RoleFact {
  return {
    resource: {} as Resource,
    trust: statementsOf({ Statement: statements }),
    permissions: [],
    externalPolicies: [],
  };
}

describe('webIdentityTrusts', () => {
  it('reads the subject and audience conditions of an EKS trust', () => {
    const [trust] = webIdentityTrusts(
      role({
        Effect: 'Allow',
        Action: 'sts:AssumeRoleWithWebIdentity',
        Principal: { Federated: `arn:aws:iam::1:oidc-provider/${ISSUER}` },
        Condition: {
          StringLike: { [`${ISSUER}:sub`]: 'system:serviceaccount:ci:*' },
          StringEquals: { [`${ISSUER}:aud`]: 'sts.amazonaws.com' },
        },
      }),
    );
    expect(trust.sub.map((c) => [c.operator, c.issuer, c.values])).toEqual([
      ['StringLike', ISSUER, ['system:serviceaccount:ci:*']],
    ]);
    expect(trustsSubject(trust, 'system:serviceaccount:ci:builder')).toBe(true);
    expect(trustsSubject(trust, 'system:serviceaccount:prod:builder')).toBe(false);
  });

  it('leaves other web identities (GitHub Actions, Cognito) to their own rules', () => {
    const github = role({
      Effect: 'Allow',
      Action: 'sts:AssumeRoleWithWebIdentity',
      Principal: { Federated: 'arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com' },
      Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/*' } },
    });
    expect(webIdentityTrusts(github)).toEqual([]);
  });
});
