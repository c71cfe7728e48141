import type { Facts } from '../../model/facts';
import { annotationsOf, type KubeObject, valueAt } from '../../model/kube';

export const HOSTNAME_ANNOTATION = 'external-dns.alpha.kubernetes.io/hostname';

/** An Ingress backend: which Service and port it names. */
export interface Backend {
  readonly service: string;
  readonly port?: number | string;
}

export function backendsOf(ingress: KubeObject): Backend[] {
  const spec = (ingress.body.spec ?? {}) as Record<string, unknown>;
  const raw: unknown[] = [spec.defaultBackend];
  for (const rule of (spec.rules ?? []) as Record<string, unknown>[]) {
    for (const path of (valueAt(rule, 'http.paths') ?? []) as Record<string, unknown>[]) {
      raw.push(path.backend);
    }
  }
  return raw.flatMap((b) => {
    const service = valueAt(b, 'service') as { name?: string; port?: Record<string, unknown> };
    if (!service?.name) return [];
    const port = service.port?.number ?? service.port?.name;
    return [{ service: String(service.name), port: port as number | string | undefined }];
  });
}

/** True for an Ingress handled by the AWS Load Balancer Controller (class `alb`). */
export function isAlbIngress(facts: Facts, ingress: KubeObject): boolean {
  const className =
    (valueAt(ingress.body, 'spec.ingressClassName') as string | undefined) ??
    annotationsOf(ingress)['kubernetes.io/ingress.class'];
  if (className === 'alb') return true;
  return facts.objects.some(
    (o) =>
      o.kind === 'IngressClass' &&
      o.name === className &&
      valueAt(o.body, 'spec.controller') === 'ingress.k8s.aws/alb',
  );
}

export function servicesNamed(facts: Facts, near: KubeObject, name: string): KubeObject[] {
  return facts.objects.filter(
    (o) =>
      o.kind === 'Service' &&
      o.name === name &&
      o.namespace === near.namespace &&
      sameCluster(o, near),
  );
}

export function sameCluster(a: { cluster?: unknown }, b: { cluster?: unknown }): boolean {
  return !a.cluster || !b.cluster || a.cluster === b.cluster;
}

export function hostnamesOf(object: KubeObject): string[] {
  const annotated = annotationsOf(object)[HOSTNAME_ANNOTATION];
  const names = annotated ? annotated.split(',').map((h) => h.trim()) : [];
  if (object.kind === 'Ingress') {
    const rules = (valueAt(object.body, 'spec.rules') ?? []) as { host?: string }[];
    for (const rule of rules) if (rule.host) names.push(rule.host);
  }
  return names;
}
