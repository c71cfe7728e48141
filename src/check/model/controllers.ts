import type { HelmReleaseFact, KubeObject } from './kube';
import { stringAt, valueAt } from './kube';
import { fromValues, type ServiceAccountFact } from './service-accounts';

export type ControllerKind = 'external-dns' | 'aws-load-balancer-controller';

/** A controller installed by a chart, with the command-line flags it will run with. */
export interface ControllerFact {
  readonly kind: ControllerKind;
  readonly release: HelmReleaseFact;
  /** The service account its pods run as. */
  readonly serviceAccount?: ServiceAccountFact;
  /** Container args: from the render, or derived from values as the chart would write them. */
  readonly args: string[];
  /** True when the args came from a real render. */
  readonly rendered: boolean;
}

export function readControllers(
  releases: HelmReleaseFact[],
  serviceAccounts: ServiceAccountFact[],
): ControllerFact[] {
  return releases.flatMap((release): ControllerFact[] => {
    const kind = controllerKind(release.chart);
    if (!kind) return [];
    const deployment = release.rendered?.find((o) => o.kind === 'Deployment');
    if (deployment) return [fromRender(kind, release, deployment, serviceAccounts)];
    const args = kind === 'external-dns' ? externalDnsArgs(release.values) : albArgs(release);
    return [
      { kind, release, serviceAccount: runsAs(release, serviceAccounts), args, rendered: false },
    ];
  });
}

function controllerKind(chart: string): ControllerKind | undefined {
  if (chart === 'external-dns') return 'external-dns';
  if (chart === 'aws-load-balancer-controller') return chart;
  return undefined;
}

function fromRender(
  kind: ControllerKind,
  release: HelmReleaseFact,
  deployment: KubeObject,
  serviceAccounts: ServiceAccountFact[],
): ControllerFact {
  const pod = valueAt(deployment.body, 'spec.template.spec') as Record<string, unknown>;
  const containers = (pod?.containers ?? []) as { args?: unknown[] }[];
  const args = (containers[0]?.args ?? []).map(String);
  const saName = String(pod?.serviceAccountName ?? 'default');
  const serviceAccount = serviceAccounts.find(
    (s) => s.release === release && s.origin === 'rendered' && s.name === saName,
  ) ?? {
    ...(fromValues(release) as ServiceAccountFact),
    name: saName,
    roleArn: undefined,
    origin: 'rendered',
  };
  return { kind, release, serviceAccount, args, rendered: true };
}

/** The flags the external-dns chart writes from its values. */
function externalDnsArgs(values: Record<string, unknown>): string[] {
  const args: string[] = [];
  const provider = valueAt(values, 'provider');
  const providerName = typeof provider === 'object' ? stringAt(provider, 'name') : provider;
  args.push(`--provider=${providerName ?? 'aws'}`);
  args.push(`--policy=${stringAt(values, 'policy') ?? 'upsert-only'}`);
  args.push(`--registry=${stringAt(values, 'registry') ?? 'txt'}`);
  for (const key of ['txtOwnerId', 'txtPrefix', 'txtSuffix']) {
    const v = stringAt(values, key);
    if (v) args.push(`--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}=${v}`);
  }
  const filters = valueAt(values, 'domainFilters');
  for (const f of Array.isArray(filters) ? filters : []) args.push(`--domain-filter=${f}`);
  args.push(...extraArgsOf(valueAt(values, 'extraArgs')));
  return args;
}

function albArgs(release: HelmReleaseFact): string[] {
  const v = release.values;
  const pairs: [string, string][] = [
    ['clusterName', 'cluster-name'],
    ['region', 'aws-region'],
    ['vpcId', 'aws-vpc-id'],
  ];
  const args = pairs.flatMap(([key, flag]) => {
    const value = stringAt(v, key);
    return value ? [`--${flag}=${value}`] : [];
  });
  return [...args, ...extraArgsOf(valueAt(v, 'extraArgs'))];
}

/** `extraArgs` as a list of flags or a map of flag name to value. */
function extraArgsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (value && typeof value === 'object') {
    return Object.entries(value).map(([k, v]) =>
      v === true || v === '' ? `--${k}` : `--${k}=${v}`,
    );
  }
  return [];
}

/** All values of a flag (`--name=value` or `--name value`); `[]` when absent. */
export function flagValues(args: readonly string[], name: string): string[] {
  const out: string[] = [];
  args.forEach((arg, i) => {
    if (arg.startsWith(`--${name}=`)) out.push(arg.slice(name.length + 3));
    else if (arg === `--${name}`) {
      const next = args[i + 1];
      out.push(next && !next.startsWith('--') ? next : 'true');
    }
  });
  return out;
}

export function flagValue(args: readonly string[], name: string): string | undefined {
  const all = flagValues(args, name);
  return all[all.length - 1];
}

/**
 * The service account a release's pods use: the chart's own, or, with `serviceAccount.create:
 * false`, the one a manifest creates under that name (as `cluster.addServiceAccount` does).
 */
function runsAs(
  release: HelmReleaseFact,
  serviceAccounts: ServiceAccountFact[],
): ServiceAccountFact | undefined {
  const own = fromValues(release);
  if (!own || own.created) return own;
  const made = serviceAccounts.find(
    (s) =>
      s.origin === 'manifest' &&
      s.namespace === own.namespace &&
      s.name === own.name &&
      (!s.cluster || !own.cluster || s.cluster === own.cluster),
  );
  return made ?? own;
}
