import * as iam from 'aws-cdk-lib/aws-iam';

/** The hosted zone ExternalDNS owns records in. */
export interface HostedZoneRef {
  readonly zoneId: string;
  readonly zoneName: string;
}

export function hostedZoneArn(partition: string, zoneId: string): string {
  return `arn:${partition}:route53:::hostedzone/${zoneId}`;
}

/**
 * Least privilege for ExternalDNS with the AWS provider: record changes and listings on the one
 * zone; `ListHostedZones` cannot be scoped to a zone, so it is granted on `*`.
 * See https://kubernetes-sigs.github.io/external-dns/latest/docs/tutorials/aws/
 */
export function externalDnsPolicyStatements(
  partition: string,
  zone: HostedZoneRef,
): iam.PolicyStatement[] {
  return [
    new iam.PolicyStatement({
      sid: 'ChangeRecordsInOwnZone',
      actions: ['route53:ChangeResourceRecordSets', 'route53:ListResourceRecordSets'],
      resources: [hostedZoneArn(partition, zone.zoneId)],
    }),
    new iam.PolicyStatement({
      sid: 'ReadOwnZoneTags',
      actions: ['route53:ListTagsForResources'],
      resources: [hostedZoneArn(partition, zone.zoneId)],
    }),
    new iam.PolicyStatement({
      sid: 'FindZones',
      actions: ['route53:ListHostedZones'],
      resources: ['*'],
    }),
  ];
}
