import { Duration } from 'aws-cdk-lib';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import type { WorkloadIdentity } from '../identity';
import { type ChartPin, MAX_HELM_WAIT_MINUTES } from './chart-pin';

export interface InstallReleaseProps {
  readonly cluster: eks.ICluster;
  readonly pin: ChartPin;
  readonly namespace: string;
  /** @default - the chart name */
  readonly release?: string;
  readonly values: Record<string, unknown>;
  /** The identity the chart's service account uses. */
  readonly identity: WorkloadIdentity;
  /** What the add-on may do in AWS, granted to the identity's role. */
  readonly statements: iam.PolicyStatement[];
}

/**
 * Grants an add-on's permissions to its role and installs its pinned chart after both exist, so its
 * pods never start without credentials. Helm waits for the pods, well under the Lambda limit.
 * Children: `Permissions` (AWS::IAM::Policy) and `Chart` (the Helm release).
 */
export function installRelease(scope: Construct, props: InstallReleaseProps) {
  const permissions = new iam.Policy(scope, 'Permissions', {
    roles: [props.identity.role],
    statements: props.statements,
  });
  const chart = new eks.HelmChart(scope, 'Chart', {
    cluster: props.cluster,
    repository: props.pin.repository,
    chart: props.pin.chart,
    version: props.pin.version,
    release: props.release ?? props.pin.chart,
    namespace: props.namespace,
    values: props.values,
    wait: true,
    timeout: Duration.minutes(MAX_HELM_WAIT_MINUTES),
  });
  chart.node.addDependency(...props.identity.readiness, permissions);
  return { chart, permissions };
}
