import { valueAt } from '../../model/kube';
import type { Resource } from '../../model/model';
import { sameCluster } from '../helpers/workloads';
import type { Hit, Rule } from '../rule';

export const workloadBeforeController: Rule = {
  id: 'EKS-ORD-001',
  kind: 'ordering',
  severity: 'error',
  title: 'Load balancer workload not ordered after the Load Balancer Controller',
  why: 'The controller\'s webhook must answer before a Service of type LoadBalancer or an Ingress is applied ("no endpoints available for service aws-load-balancer-webhook-service"); on delete, the controller must outlive them or their load balancers are left behind.',
  fix: 'Make the workload depend on the controller chart (`workload.node.addDependency(controllerChart)`), and let the chart wait for its pods.',
  cases: ['C08'],
  check(facts) {
    const hits: Hit[] = [];
    const controllers = facts.controllers.filter((c) => c.kind === 'aws-load-balancer-controller');
    for (const controller of controllers) {
      const chart = controller.release.resource;
      const unordered = new Map<Resource, string[]>();
      for (const object of facts.objects) {
        const isLb =
          object.kind === 'Ingress' ||
          (object.kind === 'Service' && valueAt(object.body, 'spec.type') === 'LoadBalancer');
        if (!isLb || object.fromChart === controller.release) continue;
        if (!sameCluster(object, controller.release)) continue;
        if (object.source === chart || facts.model.dependsOn(object.source, chart)) continue;
        const names = unordered.get(object.source) ?? [];
        unordered.set(object.source, [
          ...names,
          `${object.kind} '${object.namespace}/${object.name}'`,
        ]);
      }
      for (const [source, names] of unordered) {
        hits.push({
          resource: source,
          message: `${names.join(', ')} in ${source.stack.displayName}/${source.logicalId} do not depend on the controller chart ${chart.stack.displayName}/${chart.logicalId} (release '${controller.release.release}')`,
        });
      }
    }
    return hits;
  },
};
