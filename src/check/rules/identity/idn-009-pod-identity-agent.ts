import type { Rule } from '../rule';

export const podIdentityAgent: Rule = {
  id: 'EKS-IDN-009',
  kind: 'identity',
  severity: 'warning',
  title: 'Pod Identity association without the Pod Identity agent add-on',
  why: 'Associations only work when the `eks-pod-identity-agent` add-on runs on the nodes (EKS Auto Mode includes it); otherwise pods fall back to the node role.',
  fix: 'Add the `eks-pod-identity-agent` EKS add-on to the cluster (or ignore this on Auto Mode clusters).',
  // Known gap: Auto Mode clusters (agent built in) are not told apart yet; read ComputeConfig.
  check(facts) {
    const withAgent = facts.eksAddons
      .filter((a) => a.name === 'eks-pod-identity-agent')
      .map((a) => a.cluster);
    const missing = facts.podIdentities.filter(
      (p) => !withAgent.some((c) => c === undefined || p.cluster === undefined || c === p.cluster),
    );
    return missing.map((association) => ({
      resource: association.resource,
      message: `association for '${association.namespace}/${association.serviceAccount}' but no 'eks-pod-identity-agent' add-on for its cluster in the assembly`,
    }));
  },
};
