import { display } from '../../model/symbols';
import { isLikeOperator, webIdentityTrusts } from '../helpers/irsa';
import type { Rule } from '../rule';

export const broadWildcardSubject: Rule = {
  id: 'EKS-IDN-003',
  kind: 'identity',
  severity: 'warning',
  title: 'Trust subject pattern admits more service accounts than the one that needs the role',
  why: 'A `StringLike` pattern such as `system:serviceaccount:*:builder` lets any matching service account in the cluster take the role and its permissions.',
  fix: 'Name the one service account: `StringEquals` on `<issuer>:sub` = `system:serviceaccount:<namespace>:<name>`.',
  cases: ['C02'],
  check(facts) {
    return facts.roles.flatMap((role) =>
      webIdentityTrusts(role).flatMap((trust) =>
        trust.sub
          .filter((c) => isLikeOperator(c.operator) && c.values.some((v) => /[*?]/.test(v)))
          .map((c) => ({
            resource: role.resource,
            message: `trust condition ${c.operator} '${display(c.key)}' = '${c.values.join("', '")}' lets every matching service account assume the role`,
          })),
      ),
    );
  },
};
