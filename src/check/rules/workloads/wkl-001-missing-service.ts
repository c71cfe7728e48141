import { backendsOf, sameCluster, servicesNamed } from '../helpers/workloads';
import type { Hit, Rule } from '../rule';

export const missingBackendService: Rule = {
  id: 'EKS-WKL-001',
  kind: 'workloads',
  severity: 'error',
  title: 'Ingress backend names a Service that does not exist',
  why: 'The load balancer is created but has no targets; it answers 503 and nothing reports an error.',
  fix: "Point `backend.service.name` at the Service's `metadata.name` in the same namespace.",
  cases: ['C10'],
  check(facts) {
    const hits: Hit[] = [];
    for (const ingress of facts.objects.filter((o) => o.kind === 'Ingress')) {
      // A chart we did not render may create the Service: then it cannot be proven missing.
      const unrendered = facts.releases.some(
        (r) => !r.rendered && r.namespace === ingress.namespace && sameCluster(r, ingress),
      );
      for (const backend of backendsOf(ingress)) {
        if (servicesNamed(facts, ingress, backend.service).length > 0) continue;
        const known = [
          ...new Set(
            facts.objects
              .filter((o) => o.kind === 'Service' && o.namespace === ingress.namespace)
              .filter((o) => sameCluster(o, ingress))
              .map((o) => `'${o.name}'`),
          ),
        ];
        hits.push({
          resource: ingress.source,
          severity: unrendered ? 'warning' : undefined,
          message: `Ingress '${ingress.namespace}/${ingress.name}' routes to Service '${backend.service}', which is not in the assembly${known.length ? ` (Services in '${ingress.namespace}': ${known.join(', ')})` : ''}${unrendered ? '; a chart in that namespace may create it (check with --render)' : ''}`,
        });
      }
    }
    return hits;
  },
};
