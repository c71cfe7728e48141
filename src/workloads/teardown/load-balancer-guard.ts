import { CustomResource, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { InputError } from '../../errors';
import { GUARD_HANDLER_CODE } from './guard-handler-code.generated';

/** The tag the AWS Load Balancer Controller puts on every load balancer, target group and SG. */
export const CONTROLLER_CLUSTER_TAG = 'elbv2.k8s.aws/cluster';

export interface LoadBalancerGuardProps {
  /** The cluster name the controller tags its resources with (its chart's `clusterName`). */
  readonly clusterName: string;
  /**
   * The cluster's VPC: only load balancers and security groups in it are waited for, which saves
   * API calls in regions with many load balancers.
   * @default - every VPC of the region
   */
  readonly vpcId?: string;
  /**
   * How long stack deletion waits for the controller to remove its load balancers. At most 12
   * minutes, so the Lambda (15-minute limit) can still report.
   * @default Duration.minutes(10)
   */
  readonly maxWait?: Duration;
  /**
   * Pause between two listings.
   * @default Duration.seconds(15)
   */
  readonly pollInterval?: Duration;
  /**
   * Whether deletion fails when load balancers remain after `maxWait`. Failing keeps the controller
   * and the VPC, so the leftovers can still be cleaned up; `false` lets deletion go on and will
   * likely fail later on the VPC's subnets and security groups.
   * @default true
   */
  readonly failOnTimeout?: boolean;
}

/**
 * A custom resource that does nothing on create and, on delete, waits until no load balancer or
 * security group tagged `elbv2.k8s.aws/cluster=<clusterName>` remains. Make the resources that
 * create load balancers depend on it and make it depend on the controller: CloudFormation deletes
 * in reverse order, so the guard runs after those resources are gone and before the controller.
 */
export class LoadBalancerGuard extends Construct {
  readonly handler: lambda.Function;
  readonly resource: CustomResource;

  constructor(scope: Construct, id: string, props: LoadBalancerGuardProps) {
    super(scope, id);
    const maxWait = props.maxWait ?? Duration.minutes(10);
    const pollInterval = props.pollInterval ?? Duration.seconds(15);
    validateDurations(maxWait, pollInterval);

    // Two spare minutes: one to list once more and answer, one for the runtime itself.
    const timeout = Duration.seconds(maxWait.toSeconds() + 120);
    this.handler = new lambda.Function(this, 'Handler', {
      description: `On stack deletion, waits until the load balancers of ${props.clusterName} are gone`,
      runtime: lambda.Runtime.NODEJS_24_X,
      handler: 'index.handler',
      // Inline (CloudFormation allows 4 MB): no asset, no bundling, same bytes on every synth.
      code: lambda.Code.fromInline(GUARD_HANDLER_CODE),
      timeout,
      memorySize: 256,
      // Part of the stack, so a clean teardown leaves no log group behind. While deletion fails,
      // the stack and with it the guard's log stay.
      logGroup: new logs.LogGroup(this, 'Logs', {
        retention: logs.RetentionDays.ONE_MONTH,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
    });
    this.handler.addToRolePolicy(
      new iam.PolicyStatement({
        // Read-only describe calls; ELBv2 and EC2 support no resource-level scoping for them.
        actions: [
          'elasticloadbalancing:DescribeLoadBalancers',
          'elasticloadbalancing:DescribeTags',
          'ec2:DescribeSecurityGroups',
        ],
        resources: ['*'],
      }),
    );

    this.resource = new CustomResource(this, 'Resource', {
      serviceToken: this.handler.functionArn,
      resourceType: 'Custom::LoadBalancerTeardownGuard',
      serviceTimeout: timeout.plus(Duration.minutes(1)),
      properties: {
        ClusterName: props.clusterName,
        TagKey: CONTROLLER_CLUSTER_TAG,
        VpcId: props.vpcId,
        MaxWaitSeconds: maxWait.toSeconds(),
        PollSeconds: pollInterval.toSeconds(),
        FailOnTimeout: String(props.failOnTimeout ?? true),
      },
    });
    this.node.defaultChild = this.resource.node.defaultChild;
  }
}

function validateDurations(maxWait: Duration, pollInterval: Duration): void {
  const wait = maxWait.toSeconds();
  if (wait < 60 || wait > 720) {
    const message = `teardown.maxWait: got ${wait} s; expected 60 to 720 s (the guard's Lambda stops at 15 minutes)`;
    throw new InputError('CONFIG_INVALID', message);
  }
  const poll = pollInterval.toSeconds();
  if (poll < 5 || poll > wait / 2) {
    const message = `teardown.pollInterval: got ${poll} s; expected 5 s to half of maxWait (${wait / 2} s)`;
    throw new InputError('CONFIG_INVALID', message);
  }
}
