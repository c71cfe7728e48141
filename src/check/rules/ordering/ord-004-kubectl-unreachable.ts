import type { Hit, Rule } from '../rule';

export const kubectlProviderUnreachable: Rule = {
  id: 'EKS-ORD-004',
  kind: 'ordering',
  severity: 'error',
  title: "Chart or manifest cannot reach the cluster's kubectl provider",
  why: 'A Helm chart or manifest in another stack calls the kubectl provider through an import; an import no stack exports, or a stack in another account or region, fails at deploy time.',
  fix: 'Create the chart with the cluster object (or an imported cluster with its kubectlProvider) in a stack of the same account and region, after the cluster stack.',
  check(facts) {
    const hits: Hit[] = [];
    const kube = facts.model.ofType(
      'Custom::AWSCDK-EKS-HelmChart',
      'Custom::AWSCDK-EKS-KubernetesResource',
      'Custom::AWSCDK-EKS-KubernetesPatch',
    );
    for (const resource of kube) {
      const token = String(resource.props.ServiceToken ?? '');
      const broken = /«Import\.[^»]*»/.exec(token)?.[0];
      if (broken) {
        hits.push({
          resource,
          message: `${resource.logicalId} calls the kubectl provider through import '${broken.slice(8, -1)}', which no stack of the assembly exports`,
        });
        continue;
      }
      const provider = facts.model.resourceOf(token);
      const a = resource.stack;
      const b = provider?.stack;
      if (b && a.account && b.account && a.region && b.region) {
        if (a.account !== b.account || a.region !== b.region) {
          hits.push({
            resource,
            message: `${resource.logicalId} in ${a.account}/${a.region} uses the kubectl provider of ${b.displayName} in ${b.account}/${b.region}`,
          });
        }
      }
    }
    return hits;
  },
};
