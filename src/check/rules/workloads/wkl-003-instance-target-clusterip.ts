import { annotationsOf, valueAt } from '../../model/kube';
import { backendsOf, isAlbIngress, servicesNamed } from '../helpers/workloads';
import type { Hit, Rule } from '../rule';

const TARGET_TYPE = 'alb.ingress.kubernetes.io/target-type';

export const instanceTargetOnClusterIp: Rule = {
  id: 'EKS-WKL-003',
  kind: 'workloads',
  severity: 'error',
  title: 'Instance targets on a ClusterIP Service',
  why: 'With target type `instance` (the default) the ALB sends traffic to a node port; a ClusterIP Service has none, so target group creation fails.',
  fix: 'Annotate the Ingress with `alb.ingress.kubernetes.io/target-type: ip`, or make the Service type NodePort.',
  cases: ['C11'],
  check(facts) {
    const hits: Hit[] = [];
    for (const ingress of facts.objects.filter((o) => o.kind === 'Ingress')) {
      if (!isAlbIngress(facts, ingress)) continue;
      const targetType = annotationsOf(ingress)[TARGET_TYPE] ?? 'instance';
      if (targetType !== 'instance') continue;
      for (const backend of backendsOf(ingress)) {
        for (const service of servicesNamed(facts, ingress, backend.service)) {
          const type = (valueAt(service.body, 'spec.type') as string | undefined) ?? 'ClusterIP';
          if (type !== 'ClusterIP') continue;
          hits.push({
            resource: ingress.source,
            message: `Ingress '${ingress.namespace}/${ingress.name}' uses target type '${targetType}'${annotationsOf(ingress)[TARGET_TYPE] ? '' : ' (default)'} with Service '${backend.service}' of type ClusterIP`,
          });
        }
      }
    }
    return hits;
  },
};
