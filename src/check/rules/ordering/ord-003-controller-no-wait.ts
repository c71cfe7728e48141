import { valueAt } from '../../model/kube';
import type { Rule } from '../rule';

export const controllerChartNoWait: Rule = {
  id: 'EKS-ORD-003',
  kind: 'ordering',
  severity: 'warning',
  title: 'Workloads wait on a controller chart that does not wait for its pods',
  why: 'Without `wait` the chart resource completes as soon as Helm has applied the manifests, before the webhook pods answer; dependent workloads can still hit "no endpoints available".',
  fix: 'Set `wait: true` on the Load Balancer Controller chart.',
  cases: ['C08'],
  check(facts) {
    return facts.controllers.flatMap((controller) => {
      if (controller.kind !== 'aws-load-balancer-controller' || controller.release.wait) return [];
      const chart = controller.release.resource;
      const dependent = facts.objects.find(
        (o) =>
          (o.kind === 'Ingress' ||
            (o.kind === 'Service' && valueAt(o.body, 'spec.type') === 'LoadBalancer')) &&
          o.source !== chart &&
          facts.model.dependsOn(o.source, chart),
      );
      if (!dependent) return [];
      return [
        {
          resource: chart,
          message: `release '${controller.release.release}' does not wait, but ${dependent.kind} '${dependent.namespace}/${dependent.name}' (${dependent.source.logicalId}) is applied right after it`,
        },
      ];
    });
  },
};
