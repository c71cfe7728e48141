import { type ClusterFact, clusterNamed } from './eks';
import type { Model, Resource } from './model';

/** A Kubernetes object from a manifest custom resource or from a rendered chart. */
export interface KubeObject {
  readonly source: Resource;
  readonly cluster?: ClusterFact;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly body: Record<string, unknown>;
  readonly fromChart?: HelmReleaseFact;
}

/** A Helm release installed through the CDK's kubectl provider. */
export interface HelmReleaseFact {
  readonly resource: Resource;
  readonly cluster?: ClusterFact;
  /** Chart name (last part of an OCI reference). */
  readonly chart: string;
  readonly version?: string;
  readonly repository?: string;
  readonly release: string;
  readonly namespace: string;
  readonly values: Record<string, unknown>;
  /** False when the Values property could not be read (deploy-time JSON). */
  readonly valuesKnown: boolean;
  readonly wait: boolean;
  readonly timeout?: string;
  /** Objects the chart renders, when `--render` rendered it. */
  rendered?: KubeObject[];
  /** Why `helm template` failed, when it did. */
  renderError?: string;
}

export function readHelmReleases(model: Model, clusters: ClusterFact[]): HelmReleaseFact[] {
  return model.ofType('Custom::AWSCDK-EKS-HelmChart').map((resource) => {
    const p = resource.props;
    const chartRef = String(p.Chart ?? p.ChartAssetURL ?? '');
    const repository =
      typeof p.Repository === 'string' && p.Repository !== '' ? p.Repository : undefined;
    const { values, known } = parseValues(p.Values);
    return {
      resource,
      cluster: clusterNamed(clusters, p.ClusterName),
      chart: chartRef.replace(/\/$/, '').split('/').pop() ?? chartRef,
      version: typeof p.Version === 'string' && p.Version !== '' ? p.Version : undefined,
      repository: repository ?? (chartRef.startsWith('oci://') ? chartRef : undefined),
      release: String(p.Release ?? resource.logicalId.toLowerCase()),
      namespace: String(p.Namespace ?? 'default'),
      values,
      valuesKnown: known,
      wait: p.Wait === true || p.Wait === 'true',
      timeout: typeof p.Timeout === 'string' ? p.Timeout : undefined,
    };
  });
}

function parseValues(value: unknown): { values: Record<string, unknown>; known: boolean } {
  if (value === undefined) return { values: {}, known: true };
  if (typeof value === 'object' && value !== null) {
    return { values: value as Record<string, unknown>, known: true };
  }
  try {
    const parsed = JSON.parse(String(value));
    return { values: parsed && typeof parsed === 'object' ? parsed : {}, known: true };
  } catch {
    return { values: {}, known: false };
  }
}

export function readManifestObjects(model: Model, clusters: ClusterFact[]): KubeObject[] {
  return model.ofType('Custom::AWSCDK-EKS-KubernetesResource').flatMap((resource) => {
    const p = resource.props;
    const cluster = clusterNamed(clusters, p.ClusterName);
    let docs: unknown = p.Manifest;
    if (typeof docs === 'string') {
      try {
        docs = JSON.parse(docs);
      } catch {
        return [];
      }
    }
    return (Array.isArray(docs) ? docs : [docs]).flatMap((doc) =>
      objectsOf(doc, resource, cluster),
    );
  });
}

/** Kubernetes objects in one document, flattening `List` kinds. */
export function objectsOf(
  doc: unknown,
  source: Resource,
  cluster: ClusterFact | undefined,
  fromChart?: HelmReleaseFact,
): KubeObject[] {
  if (!doc || typeof doc !== 'object') return [];
  const body = doc as Record<string, unknown>;
  if (body.kind === 'List' && Array.isArray(body.items)) {
    return body.items.flatMap((item) => objectsOf(item, source, cluster, fromChart));
  }
  const metadata = (body.metadata ?? {}) as { name?: unknown; namespace?: unknown };
  return [
    {
      source,
      cluster,
      kind: String(body.kind ?? ''),
      name: String(metadata.name ?? ''),
      namespace: String(metadata.namespace ?? fromChart?.namespace ?? 'default'),
      body,
      fromChart,
    },
  ];
}

export function annotationsOf(object: KubeObject): Record<string, string> {
  const metadata = object.body.metadata as { annotations?: Record<string, unknown> } | undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(metadata?.annotations ?? {})) out[k] = String(v);
  return out;
}

/** Reads a dotted path in a values tree. */
export function valueAt(values: unknown, path: string): unknown {
  let current = values;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

export function stringAt(values: unknown, path: string): string | undefined {
  const value = valueAt(values, path);
  if (value === undefined || value === null || value === '') return undefined;
  return String(value);
}
