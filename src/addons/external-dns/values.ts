import type { ServiceAccountRef } from '../../identity';
import type { HostedZoneRef } from './permissions';

export type ExternalDnsPolicy = 'upsert-only' | 'sync' | 'create-only';

/** What the ExternalDNS values are built from. */
export interface ExternalDnsValuesInput {
  readonly zone: HostedZoneRef;
  readonly region: string;
  readonly domainFilters: readonly string[];
  readonly policy: ExternalDnsPolicy;
  readonly txtOwnerId: string;
  readonly serviceAccount: ServiceAccountRef;
  readonly serviceAccountAnnotations: Readonly<Record<string, string>>;
}

/**
 * TXT registry records get this prefix so they never sit on the same name as a CNAME, which Route 53
 * refuses. `%{record_type}` keeps the records of different types apart.
 */
export const TXT_PREFIX = 'extdns-%{record_type}-';

/** True when a filter is below the zone, which ExternalDNS matches only with zone-match-parent. */
function needsParentZoneMatch(input: ExternalDnsValuesInput): boolean {
  return input.domainFilters.some((f) => f !== input.zone.zoneName);
}

/**
 * Values for the kubernetes-sigs `external-dns` chart 1.21.x. The zone id filter pins ExternalDNS to
 * the one zone its role may write to; the region goes in `AWS_DEFAULT_REGION` (the chart has no
 * region key).
 */
export function externalDnsValues(input: ExternalDnsValuesInput): Record<string, unknown> {
  const extraArgs = [`--zone-id-filter=${input.zone.zoneId}`];
  if (needsParentZoneMatch(input)) extraArgs.push('--aws-zone-match-parent');
  return {
    provider: { name: 'aws' },
    domainFilters: [...input.domainFilters],
    extraArgs,
    policy: input.policy,
    registry: 'txt',
    txtOwnerId: input.txtOwnerId,
    txtPrefix: TXT_PREFIX,
    env: [{ name: 'AWS_DEFAULT_REGION', value: input.region }],
    serviceAccount: {
      create: true,
      name: input.serviceAccount.name,
      annotations: { ...input.serviceAccountAnnotations },
    },
  };
}
