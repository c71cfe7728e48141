import { Stack } from 'aws-cdk-lib';
import type * as eks from 'aws-cdk-lib/aws-eks-v2';
import { Construct } from 'constructs';
import { createWorkloadIdentity, type IdentityMode, type WorkloadIdentity } from '../../identity';
import type { ChartPin, ReleaseOptions } from '../chart-pin';
import { installRelease } from '../install-release';
import type { InstalledAddon } from '../installed-addon';
import { partitionOf } from '../partition';
import { externalDnsPolicyStatements, type HostedZoneRef } from './permissions';
import { type ExternalDnsPolicy, externalDnsValues } from './values';
import { EXTERNAL_DNS_CHART } from './version';

export const EXTERNAL_DNS_SERVICE_ACCOUNT = 'external-dns';

export interface ExternalDnsProps extends ReleaseOptions {
  /** The cluster to install into. It may live in another stack of the same app. */
  readonly cluster: eks.ICluster;
  /** The one hosted zone ExternalDNS may write records in. */
  readonly zone: HostedZoneRef;
  /** Owner id written to the TXT registry; unique per zone across all clusters writing to it. */
  readonly txtOwnerId: string;
  /**
   * Domains ExternalDNS manages; each must be the zone or a name below it.
   * @default - the zone name
   */
  readonly domainFilters?: readonly string[];
  /**
   * `upsert-only` never deletes records; `sync` also deletes the records it owns.
   * @default 'upsert-only'
   */
  readonly policy?: ExternalDnsPolicy;
  /**
   * How the pods get AWS credentials.
   * @default 'irsa'
   */
  readonly identity?: IdentityMode;
  /**
   * The chart to install. Use only a kubernetes-sigs chart of the 1.21 line: the values follow it.
   * @default EXTERNAL_DNS_CHART (external-dns 1.21.1)
   */
  readonly chart?: ChartPin;
}

/**
 * ExternalDNS writing Route 53 records for Services and Ingresses into one hosted zone, with an
 * identity bound to its service account and permissions scoped to that zone.
 * See https://kubernetes-sigs.github.io/external-dns/
 */
export class ExternalDns extends Construct implements InstalledAddon {
  readonly addonName = 'external-dns';
  readonly chartPin: ChartPin;
  readonly identity: WorkloadIdentity;
  readonly chart: eks.HelmChart;
  readonly values: Record<string, unknown>;

  constructor(scope: Construct, id: string, props: ExternalDnsProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const namespace = props.namespace ?? 'kube-system';
    const pin = props.chart ?? EXTERNAL_DNS_CHART;
    this.chartPin = pin;

    this.identity = createWorkloadIdentity(this, 'Identity', props.identity ?? 'irsa', {
      cluster: props.cluster,
      serviceAccount: { namespace, name: EXTERNAL_DNS_SERVICE_ACCOUNT },
    });

    this.values = externalDnsValues({
      zone: props.zone,
      region: stack.region,
      domainFilters: props.domainFilters ?? [props.zone.zoneName],
      policy: props.policy ?? 'upsert-only',
      txtOwnerId: props.txtOwnerId,
      serviceAccount: this.identity.serviceAccount,
      serviceAccountAnnotations: this.identity.serviceAccountAnnotations,
    });
    this.chart = installRelease(this, {
      cluster: props.cluster,
      pin,
      namespace,
      release: props.release,
      values: this.values,
      identity: this.identity,
      statements: externalDnsPolicyStatements(partitionOf(this), props.zone),
    }).chart;
  }
}
