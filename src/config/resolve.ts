import { formatPath, formatValue } from './issues';
import { type ClusterConfig, isWithinDomain, type PlatformConfig } from './model';
import type { RawClusterConfig, RawPlatformConfig } from './schema';

/** A config problem found after the schema passed: where, and a sentence saying what is wrong. */
export interface ConfigProblem {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export function defaultClusterName(stage: string, version: string): string {
  return `eks-${stage}-${version.replace('.', '-')}`;
}

function resolveCluster(raw: RawClusterConfig): ClusterConfig {
  const name = raw.name ?? defaultClusterName(raw.stage, raw.kubernetesVersion);
  const zone = raw.dns.zoneName;
  return {
    ...raw,
    name,
    externalDns: {
      domainFilters: raw.externalDns.domainFilters ?? [zone],
      policy: raw.externalDns.policy,
      txtOwnerId: raw.externalDns.txtOwnerId ?? name,
    },
    samples: {
      enabled: raw.samples.enabled,
      serviceHostName: raw.samples.serviceHostName ?? `nginx.${zone}`,
      ingressHostName: raw.samples.ingressHostName ?? `nginx-alb.${zone}`,
    },
  };
}

function clusterProblems(c: ClusterConfig, i: number): ConfigProblem[] {
  const at = (...rest: PropertyKey[]) => ['clusters', i, ...rest];
  const problems: ConfigProblem[] = [];
  const zones = c.availabilityZones;
  zones.forEach((az, j) => {
    if (!az.startsWith(c.region) || az.length !== c.region.length + 1) {
      problems.push({
        path: at('availabilityZones', j),
        message: `got ${formatValue(az)}; expected a zone of region ${c.region}, such as ${c.region}a`,
      });
    } else if (zones.indexOf(az) !== j) {
      problems.push({
        path: at('availabilityZones', j),
        message: `got ${az} twice; zones must differ`,
      });
    }
  });
  if (c.network.natGateways > zones.length) {
    problems.push({
      path: at('network', 'natGateways'),
      message: `got ${c.network.natGateways}; expected at most ${zones.length}, one per availability zone`,
    });
  }
  const isArm = (type: string) => /^[a-z]+\d+[a-z]*g[a-z]*\./.test(type);
  const types = c.nodeGroup.instanceTypes;
  if (types.some((t) => isArm(t) !== isArm(types[0] ?? ''))) {
    problems.push({
      path: at('nodeGroup', 'instanceTypes'),
      message: `got ${formatValue(types)}; expected one CPU architecture (all arm64 Graviton types or all x86_64)`,
    });
  }
  const zone = c.dns.zoneName;
  c.externalDns.domainFilters.forEach((filter, j) => {
    // A filter above the zone selects zones this role cannot write to; one beside it selects nothing.
    if (!isWithinDomain(filter, zone)) {
      problems.push({
        path: at('externalDns', 'domainFilters', j),
        message: `got ${formatValue(filter)}; expected ${zone} or a name below it (the role may only write to zone ${zone})`,
      });
    }
  });
  const hosts = [
    ['serviceHostName', c.samples.serviceHostName],
    ['ingressHostName', c.samples.ingressHostName],
  ] as const;
  for (const [field, host] of hosts) {
    const filtered = c.externalDns.domainFilters.some((f) => isWithinDomain(host, f));
    if (!isWithinDomain(host, zone) || !filtered) {
      problems.push({
        path: at('samples', field),
        message: `got ${formatValue(host)}; expected a name in zone ${zone} matched by the domain filters (${c.externalDns.domainFilters.join(', ')})`,
      });
    }
  }
  if (c.samples.serviceHostName === c.samples.ingressHostName) {
    problems.push({
      path: at('samples', 'ingressHostName'),
      message: `got ${formatValue(c.samples.ingressHostName)}; expected a host name other than serviceHostName (each load balancer needs its own record)`,
    });
  }
  return problems;
}

function uniquenessProblems(clusters: readonly ClusterConfig[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const seen = (pick: (c: ClusterConfig) => string, path: PropertyKey[], what: string) => {
    const first = new Map<string, number>();
    clusters.forEach((c, i) => {
      const key = `${c.account}/${c.region}/${pick(c)}`;
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, i);
      else {
        problems.push({
          path: ['clusters', i, ...path],
          message: `got ${formatValue(pick(c))}, already used by ${formatPath(['clusters', earlier])}; ${what}`,
        });
      }
    });
  };
  seen((c) => c.name, ['name'], 'cluster names must differ within one account and region');
  const owners = new Map<string, number>();
  clusters.forEach((c, i) => {
    // Two clusters with one owner id in one zone delete each other's records under policy sync.
    const key = `${c.dns.zoneId}/${c.externalDns.txtOwnerId}`;
    const earlier = owners.get(key);
    if (earlier === undefined) owners.set(key, i);
    else {
      problems.push({
        path: ['clusters', i, 'externalDns', 'txtOwnerId'],
        message: `got ${formatValue(c.externalDns.txtOwnerId)}, already the owner id of ${formatPath(['clusters', earlier])} in zone ${c.dns.zoneId}; expected an owner id unique per zone`,
      });
    }
  });
  return problems;
}

/** Applies derived defaults and the checks that span fields or clusters. */
export function resolveConfig(raw: RawPlatformConfig): {
  config: PlatformConfig;
  problems: ConfigProblem[];
} {
  const clusters = raw.clusters.map(resolveCluster);
  const problems = [...clusters.flatMap(clusterProblems), ...uniquenessProblems(clusters)];
  return { config: { clusters }, problems };
}
