import { ROLE_ANNOTATION } from '../../model/service-accounts';
import type { Rule } from '../rule';

export const annotationNotApplied: Rule = {
  id: 'EKS-IDN-011',
  kind: 'identity',
  severity: 'error',
  title: 'Role annotation set on a service account the chart does not create',
  why: 'With `serviceAccount.create: false` the chart ignores `serviceAccount.annotations`; unless a manifest creates that service account with the annotation, the pods get no role.',
  fix: 'Let the chart create the service account (`serviceAccount.create: true`), or create it in a manifest with the `eks.amazonaws.com/role-arn` annotation.',
  check(facts) {
    return facts.serviceAccounts.flatMap((sa) => {
      if (sa.origin !== 'values' || sa.created || !sa.roleArn) return [];
      const elsewhere = facts.serviceAccounts.some(
        (o) =>
          o !== sa &&
          o.cluster === sa.cluster &&
          o.namespace === sa.namespace &&
          o.name === sa.name &&
          o.roleArn,
      );
      if (elsewhere) return [];
      return [
        {
          resource: sa.source,
          message: `release '${sa.release?.release}' sets ${ROLE_ANNOTATION} on service account '${sa.namespace}/${sa.name}' but serviceAccount.create is false and no manifest creates it with that annotation`,
        },
      ];
    });
  },
};
