import { display } from '../../model/symbols';
import { annotatedServiceAccounts } from '../helpers/identity';
import { provablyDifferent, webIdentityTrusts } from '../helpers/irsa';
import type { Rule } from '../rule';

export const foreignIssuer: Rule = {
  id: 'EKS-IDN-007',
  kind: 'identity',
  severity: 'error',
  title: "Role trusts another cluster's OIDC issuer",
  why: "Tokens carry the issuer of the cluster the pod runs in; a trust written for another cluster's issuer (or provider) never matches them.",
  fix: "Trust the OIDC provider of the cluster the service account lives in, and key the conditions on that cluster's issuer.",
  check(facts) {
    return annotatedServiceAccounts(facts).flatMap(({ sa, role }) => {
      const cluster = sa.cluster;
      if (!cluster) return [];
      const host = cluster.issuer.replace(/^https:\/\//, '');
      const trusts = webIdentityTrusts(role);
      const keys = [...new Set(trusts.flatMap((t) => [...t.sub, ...t.aud].map((c) => c.issuer)))];
      if (keys.length === 0 || keys.includes(host)) return [];
      const comparable = keys.filter((k) => provablyDifferent(k, host));
      if (comparable.length < keys.length) return [];
      return [
        {
          resource: role.resource,
          message: `service account '${sa.namespace}/${sa.name}' runs in cluster '${cluster.name}' (issuer '${display(host)}'), but role '${role.resource.logicalId}' trusts issuer ${comparable.map((k) => `'${display(k)}'`).join(', ')}`,
        },
      ];
    });
  },
};
