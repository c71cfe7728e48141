import type { Rule } from '../rule';

export const podIdentityAgent: Rule = {
  id: 'EKS-IDN-009',
  kind: 'identity',
  severity: 'warning',
  title: 'Pod Identity association without the Pod Identity agent add-on',
  why: 'Associations only work when the `eks-pod-identity-agent` add-on runs on the nodes (EKS Auto Mode includes it); otherwise pods fall back to the node role.',
  fix: 'Add the `eks-pod-identity-agent` EKS add-on to the cluster (Auto Mode clusters are exempt).',
  check(facts) {
    const withAgent = facts.eksAddons
      .filter((a) => a.name === 'eks-pod-identity-agent')
      .map((a) => a.cluster);
    const missing = facts.podIdentities.filter(
      (p) =>
        !isAutoMode(p.cluster?.resource.props) &&
        !withAgent.some((c) => c === undefined || p.cluster === undefined || c === p.cluster),
    );
    return missing.map((association) => ({
      resource: association.resource,
      message: `association for '${association.namespace}/${association.serviceAccount}' but no 'eks-pod-identity-agent' add-on for its cluster in the assembly`,
    }));
  },
};

/** EKS Auto Mode (`ComputeConfig.Enabled`) runs the Pod Identity agent itself. */
function isAutoMode(props: Record<string, unknown> | undefined): boolean {
  const compute = props?.ComputeConfig as { Enabled?: unknown } | undefined;
  return compute?.Enabled === true || compute?.Enabled === 'true';
}
