import { display } from '../../model/symbols';
import { provablyDifferent, webIdentityTrusts } from '../helpers/irsa';
import type { Rule } from '../rule';

export const providerKeyMismatch: Rule = {
  id: 'EKS-IDN-013',
  kind: 'identity',
  severity: 'error',
  title: 'Trust conditions are keyed on another issuer than the trusted provider',
  why: "A token from the trusted provider carries claims keyed by that provider's issuer; conditions keyed by another issuer find no claim, so STS denies every request.",
  fix: 'Key the `:sub` and `:aud` conditions on the issuer of the OIDC provider the statement trusts (both from the same cluster).',
  check(facts) {
    return facts.roles.flatMap((role) =>
      webIdentityTrusts(role).flatMap((trust) => {
        const hosts = trust.federated.flatMap((arn) => {
          const host = /:oidc-provider\/(.+)$/.exec(arn)?.[1];
          return host ? [host] : [];
        });
        const issuers = [...new Set([...trust.sub, ...trust.aud].map((c) => c.issuer))];
        if (hosts.length === 0) return [];
        const foreign = issuers.filter((i) => hosts.every((h) => provablyDifferent(i, h)));
        if (foreign.length === 0) return [];
        return [
          {
            resource: role.resource,
            message: `role '${role.resource.logicalId}' trusts provider '${display(hosts[0])}' but its conditions are keyed on '${display(foreign[0])}'`,
          },
        ];
      }),
    );
  },
};
