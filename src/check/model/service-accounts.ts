import type { ClusterFact } from './eks';
import { annotationsOf, type HelmReleaseFact, type KubeObject, valueAt } from './kube';
import type { Resource } from './model';

export const ROLE_ANNOTATION = 'eks.amazonaws.com/role-arn';

/** A Kubernetes service account and the IAM role its annotation names. */
export interface ServiceAccountFact {
  readonly source: Resource;
  readonly cluster?: ClusterFact;
  readonly namespace: string;
  readonly name: string;
  readonly roleArn?: string;
  /** Where we learned it: a manifest, a chart's values (per the chart's convention) or a render. */
  readonly origin: 'manifest' | 'values' | 'rendered';
  readonly release?: HelmReleaseFact;
  /** False when the chart does not create it (values `serviceAccount.create: false`). */
  readonly created: boolean;
}

export function fromObjects(objects: KubeObject[]): ServiceAccountFact[] {
  return objects
    .filter((o) => o.kind === 'ServiceAccount')
    .map((o) => ({
      source: o.source,
      cluster: o.cluster,
      namespace: o.namespace,
      name: o.name,
      roleArn: annotationsOf(o)[ROLE_ANNOTATION],
      origin: o.fromChart ? 'rendered' : 'manifest',
      release: o.fromChart,
      created: true,
    }));
}

/**
 * The service account a chart creates, read from its values by the common convention
 * `serviceAccount.{create,name,annotations}` with Helm's fullname rule for the default name.
 */
export function fromValues(release: HelmReleaseFact): ServiceAccountFact | undefined {
  const values = release.values;
  const sa = valueAt(values, 'serviceAccount') as Record<string, unknown> | undefined;
  if (!sa && !isKnownChart(release.chart)) return undefined;
  const created = sa?.create !== false && sa?.create !== 'false';
  const name = typeof sa?.name === 'string' && sa.name !== '' ? sa.name : undefined;
  const annotations = (sa?.annotations ?? {}) as Record<string, unknown>;
  const role = annotations[ROLE_ANNOTATION];
  return {
    source: release.resource,
    cluster: release.cluster,
    namespace: release.namespace,
    name: name ?? (created ? fullnameOf(release) : 'default'),
    roleArn: role === undefined ? undefined : String(role),
    origin: 'values',
    release,
    created,
  };
}

/** Helm's `<chart>.fullname` helper as the charts we know write it. */
export function fullnameOf(release: HelmReleaseFact): string {
  const values = release.values;
  if (typeof values.fullnameOverride === 'string' && values.fullnameOverride !== '') {
    return values.fullnameOverride.slice(0, 63);
  }
  const name =
    typeof values.nameOverride === 'string' && values.nameOverride !== ''
      ? values.nameOverride
      : release.chart;
  const full = release.release.includes(name) ? release.release : `${release.release}-${name}`;
  return full.slice(0, 63).replace(/-$/, '');
}

function isKnownChart(chart: string): boolean {
  return chart === 'external-dns' || chart === 'aws-load-balancer-controller';
}
