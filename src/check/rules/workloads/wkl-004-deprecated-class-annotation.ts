import { annotationsOf } from '../../model/kube';
import type { Rule } from '../rule';

const ANNOTATION = 'kubernetes.io/ingress.class';

export const deprecatedClassAnnotation: Rule = {
  id: 'EKS-WKL-004',
  kind: 'workloads',
  severity: 'warning',
  title: 'Deprecated ingress class annotation',
  why: 'The `kubernetes.io/ingress.class` annotation is deprecated since Kubernetes 1.18 and ignored by controllers started with `disableIngressClassAnnotation`.',
  fix: 'Use `spec.ingressClassName: alb` (with an IngressClass, which the controller chart can create).',
  check(facts) {
    return facts.objects
      .filter((o) => o.kind === 'Ingress' && annotationsOf(o)[ANNOTATION] !== undefined)
      .map((ingress) => ({
        resource: ingress.source,
        message: `Ingress '${ingress.namespace}/${ingress.name}' selects its class with the annotation ${ANNOTATION}: ${annotationsOf(ingress)[ANNOTATION]}`,
      }));
  },
};
