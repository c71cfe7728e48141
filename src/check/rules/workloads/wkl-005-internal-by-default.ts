import { flagValue } from '../../model/controllers';
import type { Facts } from '../../model/facts';
import { annotationsOf, type KubeObject, valueAt } from '../../model/kube';
import { hostnamesOf, isAlbIngress, sameCluster } from '../helpers/workloads';
import { filterSelectsZone, zoneSelection } from '../helpers/zones';
import type { Hit, Rule } from '../rule';

const INGRESS_SCHEME = 'alb.ingress.kubernetes.io/scheme';
const SERVICE_SCHEME = 'service.beta.kubernetes.io/aws-load-balancer-scheme';

export const internalByDefault: Rule = {
  id: 'EKS-WKL-005',
  kind: 'workloads',
  severity: 'warning',
  title: 'Load balancer with a public DNS name is internal by default',
  why: 'The AWS Load Balancer Controller creates internal load balancers unless told otherwise; ExternalDNS then publishes private addresses under a public name, unreachable from outside.',
  fix: 'Annotate with `alb.ingress.kubernetes.io/scheme: internet-facing` (Ingress) or `service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing` (Service), or name it in a private zone.',
  cases: ['C12'],
  check(facts) {
    const hits: Hit[] = [];
    for (const object of facts.objects) {
      const handled = handledByController(facts, object);
      if (!handled) continue;
      const annotations = annotationsOf(object);
      if (annotations[object.kind === 'Ingress' ? INGRESS_SCHEME : SERVICE_SCHEME]) continue;
      if (explainedElsewhere(facts, object)) continue;
      const hosts = hostnamesOf(object);
      if (hosts.length === 0) continue;
      const publicZone = hosts.map((h) => publicZoneOf(facts, h)).find(Boolean);
      hits.push({
        resource: object.source,
        severity: publicZone ? 'error' : undefined,
        message: `${object.kind} '${object.namespace}/${object.name}' publishes '${hosts.join("', '")}' but sets no scheme, so its load balancer is internal${publicZone ? `; ${publicZone} is a public zone` : ''}`,
      });
    }
    return hits;
  },
};

function handledByController(facts: Facts, object: KubeObject): boolean {
  if (object.kind === 'Ingress') return isAlbIngress(facts, object);
  if (object.kind !== 'Service' || valueAt(object.body, 'spec.type') !== 'LoadBalancer')
    return false;
  return facts.controllers.some(
    (c) => c.kind === 'aws-load-balancer-controller' && sameCluster(c.release, object),
  );
}

/** An IngressClassParams or another member of the same ingress group that sets the scheme. */
function explainedElsewhere(facts: Facts, object: KubeObject): boolean {
  if (object.kind !== 'Ingress') return false;
  const group = annotationsOf(object)['alb.ingress.kubernetes.io/group.name'];
  const params = facts.objects.some(
    (o) => o.kind === 'IngressClassParams' && valueAt(o.body, 'spec.scheme') !== undefined,
  );
  const grouped =
    group !== undefined &&
    facts.objects.some(
      (o) =>
        o.kind === 'Ingress' &&
        annotationsOf(o)['alb.ingress.kubernetes.io/group.name'] === group &&
        annotationsOf(o)[INGRESS_SCHEME] !== undefined,
    );
  return params || grouped;
}

function publicZoneOf(facts: Facts, host: string): string | undefined {
  const zone = facts.hostedZones.find((z) => !z.private && filterSelectsZone(z.name, host));
  if (zone) return `'${zone.name}' (${zone.resource.logicalId})`;
  const dns = facts.controllers.find(
    (c) =>
      c.kind === 'external-dns' &&
      flagValue(c.args, 'aws-zone-type') === 'public' &&
      zoneSelection(c).domainFilters.some((f) => filterSelectsZone(f, host)),
  );
  return dns ? `the zone ExternalDNS release '${dns.release.release}' manages` : undefined;
}
