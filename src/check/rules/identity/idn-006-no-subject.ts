import { display } from '../../model/symbols';
import { webIdentityTrusts } from '../helpers/irsa';
import type { Rule } from '../rule';

export const missingSubject: Rule = {
  id: 'EKS-IDN-006',
  kind: 'identity',
  severity: 'error',
  title: 'Web-identity trust admits every service account of the issuer',
  why: 'With no `<issuer>:sub` condition any pod of the cluster (any token of the issuer) can assume the role.',
  fix: 'Add `StringEquals` `<issuer>:sub` = `system:serviceaccount:<namespace>:<name>` for the one service account.',
  check(facts) {
    return facts.roles.flatMap((role) =>
      webIdentityTrusts(role)
        .filter((t) => t.sub.length === 0)
        .map((t) => ({
          resource: role.resource,
          message: `role '${role.resource.logicalId}' trusts web identities from ${t.federated.map((f) => `'${display(f)}'`).join(', ') || 'any provider'} without a ':sub' condition`,
        })),
    );
  },
};
