import { Stack } from 'aws-cdk-lib';
import type * as eks from 'aws-cdk-lib/aws-eks-v2';
import { Construct } from 'constructs';
import { createWorkloadIdentity, type IdentityMode, type WorkloadIdentity } from '../../identity';
import type { ChartPin, ReleaseOptions } from '../chart-pin';
import { installRelease } from '../install-release';
import type { InstalledAddon } from '../installed-addon';
import { partitionOf } from '../partition';
import { controllerValues } from './values';
import { AwsLoadBalancerControllerVersion } from './version';

export const CONTROLLER_SERVICE_ACCOUNT = 'aws-load-balancer-controller';

export interface AwsLoadBalancerControllerProps extends ReleaseOptions {
  /** The cluster to install into. It may live in another stack of the same app. */
  readonly cluster: eks.ICluster;
  /**
   * VPC the controller creates load balancers and target groups in.
   * @default - the cluster's VPC
   */
  readonly vpcId?: string;
  /**
   * Controller release: chart and the IAM permissions of that version.
   * @default AwsLoadBalancerControllerVersion.V3_5_0
   */
  readonly version?: AwsLoadBalancerControllerVersion;
  /**
   * Controller replicas.
   * @default 1
   */
  readonly replicas?: number;
  /**
   * How the controller's pods get AWS credentials.
   * @default 'irsa'
   */
  readonly identity?: IdentityMode;
}

/**
 * The AWS Load Balancer Controller: an identity bound to its service account, the published IAM
 * policy of the pinned version, and the chart from the maintained eks-charts repository.
 *
 * The chart waits until the controller and its webhook are ready, so workloads that depend on this
 * construct never race the webhook. See https://kubernetes-sigs.github.io/aws-load-balancer-controller/
 */
export class AwsLoadBalancerController extends Construct implements InstalledAddon {
  readonly addonName = 'aws-load-balancer-controller';
  readonly chartPin: ChartPin;
  readonly identity: WorkloadIdentity;
  readonly chart: eks.HelmChart;
  readonly version: AwsLoadBalancerControllerVersion;
  /** The values handed to Helm, for inspection and tests. */
  readonly values: Record<string, unknown>;

  constructor(scope: Construct, id: string, props: AwsLoadBalancerControllerProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const namespace = props.namespace ?? 'kube-system';
    this.version = props.version ?? AwsLoadBalancerControllerVersion.V3_5_0;
    const pin = this.version.chart;
    this.chartPin = pin;

    this.identity = createWorkloadIdentity(this, 'Identity', props.identity ?? 'irsa', {
      cluster: props.cluster,
      serviceAccount: { namespace, name: CONTROLLER_SERVICE_ACCOUNT },
    });

    this.values = controllerValues({
      clusterName: props.cluster.clusterName,
      region: stack.region,
      vpcId: props.vpcId ?? props.cluster.vpc.vpcId,
      replicas: props.replicas ?? 1,
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
      statements: this.version.policyStatements(partitionOf(this)),
    }).chart;
  }
}
