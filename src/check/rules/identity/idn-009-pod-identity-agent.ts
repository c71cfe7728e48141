import type { Rule } from '../rule';

export const podIdentityAgent: Rule = {
  id: 'EKS-IDN-009',
  kind: 'identity',
  severity: 'warning',
  title: 'Pod Identity association without the Pod Identity agent add-on',
  why: 'Associations only work when the `eks-pod-identity-agent` add-on runs on the nodes (EKS Auto Mode includes it); otherwise pods fall back to the node role.',
  fix: 'Add the `eks-pod-identity-agent` EKS add-on to the cluster (or ignore this on Auto Mode clusters).',
  check(facts) {
    if (facts.addonNames.includes('eks-pod-identity-agent')) return [];
    return facts.podIdentities.map((association) => ({
      resource: association.resource,
      message: `association for '${association.namespace}/${association.serviceAccount}' but no 'eks-pod-identity-agent' add-on in the assembly`,
    }));
  },
};
