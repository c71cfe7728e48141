import type * as iam from 'aws-cdk-lib/aws-iam';
import type { ChartPin } from '../chart-pin';
import { controllerPolicyStatements } from './iam-policy';

export const CONTROLLER_CHART_REPOSITORY = 'https://aws.github.io/eks-charts';
export const CONTROLLER_CHART = 'aws-load-balancer-controller';

/**
 * A controller release: its chart and the IAM permissions that exact version needs. The two travel
 * together because an older policy with a newer controller fails at run time, not at deploy.
 */
export class AwsLoadBalancerControllerVersion {
  /** v3.5.0, chart 3.5.0 (chart and app versions are equal since 3.0.0). */
  static readonly V3_5_0 = new AwsLoadBalancerControllerVersion(
    {
      repository: CONTROLLER_CHART_REPOSITORY,
      chart: CONTROLLER_CHART,
      version: '3.5.0',
      appVersion: 'v3.5.0',
    },
    (partition) => controllerPolicyStatements(partition, '3.5.0'),
  );

  /**
   * A version this library does not list. You must bring the permissions published for it
   * (`docs/install/iam_policy.json` at that release tag).
   */
  static of(
    chart: ChartPin,
    policyStatements: (partition: string) => iam.PolicyStatement[],
  ): AwsLoadBalancerControllerVersion {
    return new AwsLoadBalancerControllerVersion(chart, policyStatements);
  }

  private constructor(
    readonly chart: ChartPin,
    readonly policyStatements: (partition: string) => iam.PolicyStatement[],
  ) {}
}
