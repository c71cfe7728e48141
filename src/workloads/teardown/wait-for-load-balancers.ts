/**
 * Waits until the AWS Load Balancer Controller has removed every load balancer and security group
 * it made for one cluster. Pure: the AWS calls, the clock and sleeping are injected, so the logic is
 * tested against recorded API responses.
 *
 * The guard's Lambda runs these functions as inline code built from their source text
 * (`handler-source.ts`), so each function here may only call the other functions of this module
 * and must not use imports or module-level constants.
 */

/** One tag as ELBv2 DescribeTags and EC2 DescribeSecurityGroups return it. */
export interface AwsTag {
  readonly Key?: string;
  readonly Value?: string;
}

/** The three read-only calls the guard makes, shaped like the AWS SDK v3 clients' commands. */
export interface LoadBalancerApi {
  describeLoadBalancers(input: { Marker?: string; PageSize: number }): Promise<{
    LoadBalancers?: readonly {
      LoadBalancerArn?: string;
      LoadBalancerName?: string;
      Type?: string;
      VpcId?: string;
      State?: { Code?: string };
    }[];
    NextMarker?: string;
  }>;
  describeTags(input: { ResourceArns: string[] }): Promise<{
    TagDescriptions?: readonly { ResourceArn?: string; Tags?: readonly AwsTag[] }[];
  }>;
  describeSecurityGroups(input: {
    Filters: { Name: string; Values: string[] }[];
    NextToken?: string;
    MaxResults: number;
  }): Promise<{
    SecurityGroups?: readonly { GroupId?: string; GroupName?: string; Tags?: readonly AwsTag[] }[];
    NextToken?: string;
  }>;
}

/** A resource the controller made for the cluster that still exists. */
export interface Leftover {
  readonly kind: 'load balancer' | 'security group';
  readonly id: string;
  readonly name: string;
  /** The Kubernetes owner from the controller's `*.k8s.aws/stack` tag, e.g. `samples/nginx`. */
  readonly owner?: string;
}

export interface LeftoverQuery {
  /** The tag the controller puts on what it creates: `elbv2.k8s.aws/cluster`. */
  readonly tagKey: string;
  readonly clusterName: string;
  /**
   * Only resources in this VPC, the one whose deletion they would block; saves a DescribeTags
   * call per 20 load balancers elsewhere. Without it every VPC of the region is searched.
   */
  readonly vpcId?: string;
}

export interface WaitOptions extends LeftoverQuery {
  readonly api: LoadBalancerApi;
  readonly maxWaitMs: number;
  readonly pollIntervalMs: number;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

export type WaitResult =
  | { readonly status: 'clear'; readonly polls: number; readonly waitedMs: number }
  | {
      readonly status: 'timed-out';
      readonly polls: number;
      readonly waitedMs: number;
      readonly leftovers: readonly Leftover[];
      readonly lastError?: string;
    }
  | { readonly status: 'failed'; readonly polls: number; readonly waitedMs: number; error: string };

/** Lists the load balancers and security groups tagged with the cluster, following every page. */
export async function findLeftovers(
  api: LoadBalancerApi,
  query: LeftoverQuery,
): Promise<Leftover[]> {
  const balancers: { arn: string; name: string; type: string }[] = [];
  let marker: string | undefined;
  do {
    const page = await api.describeLoadBalancers(
      marker === undefined ? { PageSize: 400 } : { Marker: marker, PageSize: 400 },
    );
    for (const lb of page.LoadBalancers ?? []) {
      if (lb.LoadBalancerArn === undefined) continue;
      if (query.vpcId !== undefined && lb.VpcId !== query.vpcId) continue;
      const name = lb.LoadBalancerName ?? lb.LoadBalancerArn;
      balancers.push({ arn: lb.LoadBalancerArn, name, type: lb.Type ?? 'unknown' });
    }
    marker = page.NextMarker;
  } while (marker);

  const leftovers: Leftover[] = [];
  // DescribeTags accepts at most 20 ARNs per call.
  for (let start = 0; start < balancers.length; start += 20) {
    const batch = balancers.slice(start, start + 20);
    const tags = await api.describeTags({ ResourceArns: batch.map((b) => b.arn) });
    for (const description of tags.TagDescriptions ?? []) {
      const lb = batch.find((b) => b.arn === description.ResourceArn);
      const tagList = description.Tags ?? [];
      if (!lb || !tagList.some((t) => t.Key === query.tagKey && t.Value === query.clusterName)) {
        continue;
      }
      const owner = tagList.find((t) => t.Key === 'service.k8s.aws/stack')?.Value;
      const ingressOwner = tagList.find((t) => t.Key === 'ingress.k8s.aws/stack')?.Value;
      const kind = 'load balancer';
      leftovers.push({
        kind,
        id: lb.arn,
        name: `${lb.type} ${lb.name}`,
        owner: owner ?? ingressOwner,
      });
    }
  }

  let token: string | undefined;
  do {
    const filters = [{ Name: `tag:${query.tagKey}`, Values: [query.clusterName] }];
    if (query.vpcId !== undefined) filters.push({ Name: 'vpc-id', Values: [query.vpcId] });
    const page = await api.describeSecurityGroups(
      token === undefined
        ? { Filters: filters, MaxResults: 1000 }
        : { Filters: filters, NextToken: token, MaxResults: 1000 },
    );
    for (const group of page.SecurityGroups ?? []) {
      if (group.GroupId === undefined) continue;
      const tagList = group.Tags ?? [];
      const owner = tagList.find((t) => t.Key?.endsWith('.k8s.aws/stack'))?.Value;
      const kind = 'security group';
      leftovers.push({ kind, id: group.GroupId, name: group.GroupName ?? group.GroupId, owner });
    }
    token = page.NextToken;
  } while (token);
  return leftovers;
}

/**
 * Polls until nothing tagged with the cluster remains or `maxWaitMs` has passed. Throttling and
 * resources vanishing mid-listing only make a poll inconclusive; any other error (such as
 * AccessDenied) ends the wait at once, because waiting longer cannot fix it.
 */
export async function waitForLeftovers(options: WaitOptions): Promise<WaitResult> {
  const started = options.now();
  let polls = 0;
  let leftovers: readonly Leftover[] = [];
  let lastError: string | undefined;
  for (;;) {
    polls += 1;
    try {
      leftovers = await findLeftovers(options.api, options);
      lastError = undefined;
      if (leftovers.length === 0) {
        return { status: 'clear', polls, waitedMs: options.now() - started };
      }
    } catch (error) {
      if (!isRetryableError(error)) {
        return {
          status: 'failed',
          polls,
          waitedMs: options.now() - started,
          error: errorText(error),
        };
      }
      lastError = errorText(error);
    }
    const waitedMs = options.now() - started;
    if (waitedMs + options.pollIntervalMs > options.maxWaitMs) {
      return { status: 'timed-out', polls, waitedMs, leftovers, lastError };
    }
    await options.sleep(options.pollIntervalMs);
  }
}

/** Errors that say "ask again later" rather than "this will never work". */
export function isRetryableError(error: unknown): boolean {
  const e = (error ?? {}) as {
    name?: string;
    $retryable?: unknown;
    $metadata?: { httpStatusCode?: number };
  };
  const transient = [
    'Throttling',
    'ThrottlingException',
    'RequestLimitExceeded',
    'TooManyRequestsException',
    'LoadBalancerNotFoundException',
    'ServiceUnavailable',
    'InternalFailure',
  ];
  const status = e.$metadata?.httpStatusCode ?? 0;
  return transient.includes(e.name ?? '') || e.$retryable !== undefined || status >= 500;
}

/** `Name: message` of an SDK error, on one line. */
export function errorText(error: unknown): string {
  const e = (error ?? {}) as { name?: string; message?: string };
  const text = `${e.name ?? 'Error'}: ${e.message ?? String(error)}`;
  return text.replace(/\s+/g, ' ').trim();
}

/** One line for CloudFormation's status reason (cut at a few KB, so the list is capped). */
export function formatOutcome(result: WaitResult, query: LeftoverQuery): string {
  const tag = `${query.tagKey}=${query.clusterName}`;
  const seconds = Math.round(result.waitedMs / 1000);
  if (result.status === 'clear') {
    return `Nothing tagged ${tag} remains (checked ${result.polls} times over ${seconds} s).`;
  }
  if (result.status === 'failed') {
    return `Could not list what is tagged ${tag}: ${result.error}. Grant elasticloadbalancing:DescribeLoadBalancers, elasticloadbalancing:DescribeTags and ec2:DescribeSecurityGroups, or check the region.`;
  }
  const shown = result.leftovers.slice(0, 5).map((l) => {
    const owner = l.owner === undefined ? '' : ` (owner ${l.owner})`;
    return `${l.kind} ${l.name} ${l.id}${owner}`;
  });
  const more = result.leftovers.length > 5 ? `; and ${result.leftovers.length - 5} more` : '';
  const last = result.lastError === undefined ? '' : ` Last error: ${result.lastError}.`;
  const found =
    result.leftovers.length === 0
      ? 'the last listings failed, so it is unknown what remains'
      : `${result.leftovers.length} remain: ${shown.join('; ')}${more}`;
  return `Gave up after ${seconds} s waiting for the AWS Load Balancer Controller to delete what is tagged ${tag}: ${found}.${last} Delete the Kubernetes Services/Ingresses that own them (or the AWS resources themselves), then retry the stack deletion; the controller and the VPC are kept until then.`;
}
