import { display } from '../../model/symbols';
import { isExactOperator, webIdentityTrusts } from '../helpers/irsa';
import type { Rule } from '../rule';

export const wildcardUnderExactOperator: Rule = {
  id: 'EKS-IDN-002',
  kind: 'identity',
  severity: 'error',
  title: 'Wildcard in a trust subject under an exact-match operator',
  why: '`StringEquals` compares `*` and `?` literally, so no service account token ever matches and every AssumeRoleWithWebIdentity call is denied.',
  fix: 'Write the exact `system:serviceaccount:<namespace>:<name>` under `StringEquals`; use `StringLike` only if a pattern is really meant (it is broader than needed).',
  cases: ['C02'],
  check(facts) {
    return facts.roles.flatMap((role) =>
      webIdentityTrusts(role).flatMap((trust) =>
        trust.sub
          .filter((c) => isExactOperator(c.operator) && c.values.some((v) => /[*?]/.test(v)))
          .map((c) => ({
            resource: role.resource,
            message: `trust condition ${c.operator} '${display(c.key)}' = '${c.values.join("', '")}' holds a wildcard that ${c.operator} compares literally; no service account matches`,
          })),
      ),
    );
  },
};
