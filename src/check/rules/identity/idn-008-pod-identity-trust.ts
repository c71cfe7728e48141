import { roleOf } from '../../model/iam-roles';
import { allowsAction } from '../helpers/irsa';
import type { Rule } from '../rule';

const PODS = 'pods.eks.amazonaws.com';

export const podIdentityTrust: Rule = {
  id: 'EKS-IDN-008',
  kind: 'identity',
  severity: 'error',
  title: 'Pod Identity association names a role that does not trust the Pod Identity service',
  why: 'The EKS Pod Identity agent calls sts:AssumeRole and sts:TagSession as `pods.eks.amazonaws.com`; a role without that trust gives the pods no credentials.',
  fix: 'Trust the service principal `pods.eks.amazonaws.com` for `sts:AssumeRole` and `sts:TagSession` in the role of the association.',
  check(facts) {
    return facts.podIdentities.flatMap((association) => {
      const role = roleOf(facts.roles, facts.model, association.roleArn);
      if (!role) return [];
      const trusted = role.trust.filter(
        (s) =>
          s.effect === 'Allow' &&
          s.principal !== undefined &&
          (s.principal === '*' || (s.principal.Service ?? []).includes(PODS)),
      );
      const missing = ['sts:AssumeRole', 'sts:TagSession'].filter(
        (action) => !trusted.some((s) => allowsAction(s, action)),
      );
      if (missing.length === 0) return [];
      return [
        {
          resource: association.resource,
          message: `association for '${association.namespace}/${association.serviceAccount}' uses role '${role.resource.logicalId}', whose trust does not allow ${missing.join(' and ')} for '${PODS}'`,
        },
      ];
    });
  },
};
