/**
 * The teardown guard's custom resource handler. Create and Update do nothing; Delete waits until
 * the load balancer controller has removed everything it made for the cluster, then answers
 * CloudFormation itself (there is no provider framework in between).
 *
 * Like `wait-for-load-balancers.ts`, these functions become the Lambda's inline code through their
 * source text, so they may only call each other and what arrives in `deps`.
 */
import type {
  formatOutcome,
  LoadBalancerApi,
  WaitResult,
  waitForLeftovers,
} from './wait-for-load-balancers';

/** The custom resource event, as far as the guard reads it. */
export interface GuardEvent {
  readonly RequestType: 'Create' | 'Update' | 'Delete';
  readonly ResponseURL: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly PhysicalResourceId?: string;
  readonly ResourceProperties: {
    readonly ClusterName: string;
    readonly TagKey: string;
    readonly VpcId?: string;
    readonly MaxWaitSeconds: string | number;
    readonly PollSeconds: string | number;
    readonly FailOnTimeout?: string | boolean;
  };
}

export interface GuardDependencies {
  readonly api: LoadBalancerApi;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Time left before the Lambda is stopped. */
  readonly remainingMs: () => number;
  /** PUTs the response body to CloudFormation's pre-signed URL. */
  readonly send: (url: string, body: string) => Promise<void>;
  readonly log: (message: string) => void;
  readonly wait: typeof waitForLeftovers;
  readonly describe: typeof formatOutcome;
}

/** What the guard tells CloudFormation. */
export interface GuardResponse {
  readonly Status: 'SUCCESS' | 'FAILED';
  readonly Reason: string;
  readonly PhysicalResourceId: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
}

/** Handles one event and always answers CloudFormation, also when something throws. */
export async function handleGuardEvent(
  event: GuardEvent,
  deps: GuardDependencies,
): Promise<GuardResponse> {
  const props = event.ResourceProperties;
  const physicalId = event.PhysicalResourceId ?? `load-balancer-guard-${props.ClusterName}`;
  let status: 'SUCCESS' | 'FAILED' = 'SUCCESS';
  let reason = `${event.RequestType}: nothing to do until the stack is deleted.`;
  try {
    if (event.RequestType === 'Delete') {
      // Answer at least a minute before the Lambda is stopped, or CloudFormation hangs until
      // the custom resource's service timeout.
      const budgetMs = Math.max(0, deps.remainingMs() - 60_000);
      const query = {
        tagKey: props.TagKey,
        clusterName: props.ClusterName,
        vpcId: props.VpcId || undefined,
      };
      const result: WaitResult = await deps.wait({
        ...query,
        api: deps.api,
        // `|| 0` and `|| 15_000`: a malformed property must not turn the bound into NaN.
        maxWaitMs: Math.min(Number(props.MaxWaitSeconds) * 1000 || 0, budgetMs),
        pollIntervalMs: Number(props.PollSeconds) * 1000 || 15_000,
        now: deps.now,
        sleep: deps.sleep,
      });
      reason = deps.describe(result, query);
      const failOnTimeout = String(props.FailOnTimeout ?? 'true') !== 'false';
      if (result.status === 'failed' || (result.status === 'timed-out' && failOnTimeout)) {
        status = 'FAILED';
      }
    }
  } catch (error) {
    status = 'FAILED';
    const e = (error ?? {}) as { name?: string; message?: string };
    reason = `Teardown guard failed: ${e.name ?? 'Error'}: ${e.message ?? String(error)}`;
  }
  deps.log(`${status}: ${reason}`);
  const response: GuardResponse = {
    Status: status,
    // CloudFormation rejects response bodies over 4 KB.
    Reason: reason.length > 3000 ? `${reason.slice(0, 2997)}...` : reason,
    PhysicalResourceId: physicalId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
  };
  await deps.send(event.ResponseURL, JSON.stringify(response));
  return response;
}

/** The Lambda context, as far as the guard reads it. */
export interface LambdaContext {
  getRemainingTimeInMillis(): number;
}

/** The AWS SDK v3 module surface the guard uses; the Node.js Lambda runtime ships these modules. */
type SdkModule = Record<
  string,
  new (
    input?: unknown,
  ) => { send(command: unknown): Promise<never> }
>;

/**
 * Wires the real world into `GuardDependencies` inside the Lambda: the SDK v3 clients preinstalled
 * in the Node.js runtime (loaded through `load`, which is `require` there), timers and `fetch`;
 * `logic` brings the pure functions and the logger (`console.log`, which lands in CloudWatch Logs).
 */
export function createLambdaDependencies(
  load: (id: string) => unknown,
  context: LambdaContext,
  logic: Pick<GuardDependencies, 'wait' | 'describe' | 'log'>,
): GuardDependencies {
  const elb = load('@aws-sdk/client-elastic-load-balancing-v2') as SdkModule;
  const ec2 = load('@aws-sdk/client-ec2') as SdkModule;
  const elbClient = new elb.ElasticLoadBalancingV2Client({});
  const ec2Client = new ec2.EC2Client({});
  return {
    api: {
      describeLoadBalancers: (input) => elbClient.send(new elb.DescribeLoadBalancersCommand(input)),
      describeTags: (input) => elbClient.send(new elb.DescribeTagsCommand(input)),
      describeSecurityGroups: (input) =>
        ec2Client.send(new ec2.DescribeSecurityGroupsCommand(input)),
    },
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    remainingMs: () => context.getRemainingTimeInMillis(),
    // Three tries: without an answer CloudFormation waits for the full service timeout.
    send: async (url, body) => {
      let lastError: unknown;
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        try {
          // The pre-signed URL was signed with an empty content type.
          const headers = { 'content-type': '' };
          const response = await fetch(url, { method: 'PUT', headers, body });
          if (response.ok) return;
          lastError = new Error(`CloudFormation refused the response: HTTP ${response.status}`);
        } catch (error) {
          lastError = error;
        }
        await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
      }
      throw lastError;
    },
    log: logic.log,
    wait: logic.wait,
    describe: logic.describe,
  };
}
