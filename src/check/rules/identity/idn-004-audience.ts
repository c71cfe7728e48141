import { display, isSymbolic } from '../../model/symbols';
import { STS_AUDIENCE, webIdentityTrusts } from '../helpers/irsa';
import type { Hit, Rule } from '../rule';

export const wrongAudience: Rule = {
  id: 'EKS-IDN-004',
  kind: 'identity',
  severity: 'error',
  title: 'Token audience does not match the OIDC provider or the trust',
  why: 'EKS projects tokens with audience `sts.amazonaws.com`; STS rejects them with "Incorrect token audience" when the provider\'s client ids or the trust\'s `:aud` condition name another audience.',
  fix: 'Give the OIDC provider the client id `sts.amazonaws.com` and make the trust condition `<issuer>:aud` equal to it.',
  cases: ['C03'],
  check(facts) {
    const hits: Hit[] = [];
    for (const provider of facts.oidcProviders) {
      const ids = provider.clientIds;
      if (ids && !ids.some(isSymbolic) && !ids.includes(STS_AUDIENCE)) {
        hits.push({
          resource: provider.resource,
          message: `OIDC provider client ids are ['${ids.join("', '")}']; pods present tokens for '${STS_AUDIENCE}'`,
        });
      }
    }
    for (const role of facts.roles) {
      for (const trust of webIdentityTrusts(role)) {
        const provider = facts.oidcProviders.find((p) => trust.federated.includes(p.arn));
        for (const c of trust.aud) {
          const literal = c.values.filter((v) => !isSymbolic(v));
          if (literal.length === 0) continue;
          const allowed = provider?.clientIds?.filter((id) => !isSymbolic(id)) ?? [STS_AUDIENCE];
          if (literal.some((v) => allowed.includes(v))) continue;
          hits.push({
            resource: role.resource,
            message: `trust condition '${display(c.key)}' = '${literal.join("', '")}' matches none of the audiences ['${allowed.join("', '")}']${provider ? ` of OIDC provider ${provider.resource.logicalId}` : ''}`,
          });
        }
      }
    }
    return hits;
  },
};
