import type { Request } from '../iam/policy';

/**
 * The Route 53 calls ExternalDNS (AWS provider, 0.13 and later) makes, from its AWS tutorial:
 * list all hosted zones (cannot be scoped), list and change record sets of each zone it manages,
 * and list zone tags when `--aws-zone-tags` filters zones.
 */
export function externalDnsCalls(zoneIds: string[], options: { zoneTags: boolean }): Request[] {
  const zones = zoneIds.map((id) => `arn:aws:route53:::hostedzone/${id}`);
  return [
    { action: 'route53:ListHostedZones', resource: '*' },
    ...zones.flatMap((zone) => [
      { action: 'route53:ListResourceRecordSets', resource: zone },
      { action: 'route53:ChangeResourceRecordSets', resource: zone },
      ...(options.zoneTags ? [{ action: 'route53:ListTagsForResources', resource: zone }] : []),
    ]),
  ];
}

/** A zone id no configuration names: used to ask whether a role may write to *any* zone. */
export const SOME_OTHER_ZONE = 'arn:aws:route53:::hostedzone/ZSOMEOTHERZONE0000';
