import { evaluateConditions } from '../../iam/conditions';
import { roleOf } from '../../model/iam-roles';
import { isSymbolic } from '../../model/symbols';
import type { Rule } from '../rule';

/** Session tags the Pod Identity agent sets, by the association's values. */
const TAG_KEYS = ['kubernetes-namespace', 'kubernetes-service-account', 'eks-cluster-name'];

export const podIdentityConditions: Rule = {
  id: 'EKS-IDN-012',
  kind: 'identity',
  severity: 'error',
  title: "Pod Identity trust conditions exclude the association's service account",
  why: 'The Pod Identity agent tags the session with the namespace, service account and cluster of the pod; a trust condition on those tags that names another one denies the role.',
  fix: 'Make the trust conditions on `aws:RequestTag/kubernetes-namespace`, `.../kubernetes-service-account` and `.../eks-cluster-name` name the values of the association.',
  check(facts) {
    return facts.podIdentities.flatMap((association) => {
      const role = roleOf(facts.roles, facts.model, association.roleArn);
      if (!role) return [];
      const cluster = association.cluster?.name;
      const tags: Record<string, string> = {
        'kubernetes-namespace': association.namespace,
        'kubernetes-service-account': association.serviceAccount,
        ...(cluster && !isSymbolic(cluster) ? { 'eks-cluster-name': cluster } : {}),
      };
      const context = Object.fromEntries(
        Object.entries(tags).flatMap(([k, v]) => [
          [`aws:RequestTag/${k}`, v],
          [`aws:PrincipalTag/${k}`, v],
        ]),
      );
      const tagged = role.trust.filter((s) => {
        if (s.effect !== 'Allow' || s.principal === '*' || !s.principal?.Service) return false;
        return s.principal.Service.includes('pods.eks.amazonaws.com');
      });
      const excluding = tagged.filter((s) => {
        const onTags = onlyTagConditions(s.conditions, Object.keys(context));
        return Object.keys(onTags).length > 0 && !evaluateConditions(onTags, context);
      });
      if (excluding.length === 0 || excluding.length < tagged.length) return [];
      return [
        {
          resource: association.resource,
          message: `role '${role.resource.logicalId}' trusts Pod Identity only under conditions ${JSON.stringify(excluding[0].conditions)}, which exclude '${association.namespace}/${association.serviceAccount}'`,
        },
      ];
    });
  },
};

/** The conditions on the session tags we know; others (source account...) are left out. */
function onlyTagConditions(
  conditions: Record<string, Record<string, unknown>>,
  keys: string[],
): Record<string, Record<string, unknown>> {
  const known = new Set(keys.map((k) => k.toLowerCase()));
  const out: Record<string, Record<string, unknown>> = {};
  for (const [operator, block] of Object.entries(conditions)) {
    const kept = Object.entries(block ?? {}).filter(([key]) =>
      TAG_KEYS.some((t) => key.toLowerCase().endsWith(`/${t}`) && known.has(key.toLowerCase())),
    );
    if (kept.length) out[operator] = Object.fromEntries(kept);
  }
  return out;
}
