import { valueAt } from '../../model/kube';
import { backendsOf, servicesNamed } from '../helpers/workloads';
import type { Hit, Rule } from '../rule';

export const missingBackendPort: Rule = {
  id: 'EKS-WKL-002',
  kind: 'workloads',
  severity: 'error',
  title: 'Ingress backend names a port the Service does not expose',
  why: 'The controller cannot build a target group for a port the Service lacks; the Ingress never gets a working backend.',
  fix: "Use one of the Service's `spec.ports[].port` numbers (or port names) in `backend.service.port`.",
  cases: ['C10'],
  check(facts) {
    const hits: Hit[] = [];
    for (const ingress of facts.objects.filter((o) => o.kind === 'Ingress')) {
      for (const backend of backendsOf(ingress)) {
        if (backend.port === undefined) continue;
        for (const service of servicesNamed(facts, ingress, backend.service)) {
          const ports = (valueAt(service.body, 'spec.ports') ?? []) as Record<string, unknown>[];
          const match = ports.some((p) => p.port === backend.port || p.name === backend.port);
          if (match) continue;
          hits.push({
            resource: ingress.source,
            message: `Ingress '${ingress.namespace}/${ingress.name}' uses port ${backend.port} of Service '${backend.service}', which exposes ${ports.map((p) => p.name ?? p.port).join(', ') || 'no ports'}`,
          });
        }
      }
    }
    return hits;
  },
};
