import { describe, expect, test } from 'vitest';
import {
  findLeftovers,
  formatOutcome,
  isRetryableError,
  waitForLeftovers,
} from '../../../src/workloads/teardown/wait-for-load-balancers';
import { fakeClock, loadRecording, replay, sdkError } from './replay';

const query = { tagKey: 'elbv2.k8s.aws/cluster', clusterName: 'eks-dev-1-35' };

function waitOn(name: string, maxWaitMs = 600_000) {
  const player = replay(loadRecording(name));
  const clock = fakeClock();
  const result = waitForLeftovers({
    ...query,
    api: player.api,
    maxWaitMs,
    pollIntervalMs: 15_000,
    ...clock,
  });
  return { player, clock, result };
}

describe('findLeftovers', () => {
  test('follows both pages of load balancers and security groups and keeps only this cluster', async () => {
    const recording = loadRecording('gone-after-three-polls');
    const player = replay({ ...recording, calls: recording.calls.slice(0, 5) });

    const leftovers = await findLeftovers(player.api, query);

    expect(player.remaining()).toBe(0);
    expect(leftovers).toEqual([
      {
        kind: 'load balancer',
        id: 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/k8s-samples-nginx-5e1f0a2b3c/9f8e7d6c5b4a3921',
        name: 'network k8s-samples-nginx-5e1f0a2b3c',
        owner: 'samples/nginx',
      },
      {
        kind: 'load balancer',
        id: 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/k8s-samples-nginxweb-0c1d2e3f4a/1a2b3c4d5e6f7081',
        name: 'application k8s-samples-nginxweb-0c1d2e3f4a',
        owner: 'samples/nginx-web',
      },
      {
        kind: 'security group',
        id: 'sg-0f1e2d3c4b5a69788',
        name: 'k8s-samples-nginxweb-3a4b5c6d7e',
        owner: 'samples/nginx-web',
      },
      {
        kind: 'security group',
        id: 'sg-0123456789abcdef0',
        name: 'k8s-traffic-eksdev135-0a1b2c3d4e',
        owner: undefined,
      },
    ]);
  });

  test('skips other VPCs before asking for tags and filters security groups by VPC', async () => {
    const recording = loadRecording('vpc-scoped');
    const player = replay(recording);

    const leftovers = await findLeftovers(player.api, { ...query, vpcId: recording.vpcId });

    expect(player.remaining()).toBe(0);
    expect(leftovers.map((l) => `${l.kind} ${l.id} ${l.owner}`)).toEqual([
      'load balancer arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/k8s-samples-nginx-5e1f0a2b3c/9f8e7d6c5b4a3921 samples/nginx',
      'security group sg-0a9b8c7d6e5f40312 samples/nginx',
    ]);
  });

  test('asks DescribeTags for at most 20 load balancers at a time', async () => {
    const player = replay(loadRecording('tags-in-batches'));

    const leftovers = await findLeftovers(player.api, query);

    expect(player.remaining()).toBe(0);
    expect(leftovers.map((l) => l.owner)).toEqual(['team04/api', 'team21/api']);
  });
});

describe('waitForLeftovers', () => {
  test('returns clear once the controller has removed everything, after sleeping between polls', async () => {
    const { player, clock, result } = waitOn('gone-after-three-polls');

    expect(await result).toEqual({ status: 'clear', polls: 3, waitedMs: 30_000 });
    expect(clock.sleeps).toEqual([15_000, 15_000]);
    expect(player.remaining()).toBe(0);
  });

  test('treats throttling and a load balancer vanishing mid-listing as inconclusive polls', async () => {
    const { player, result } = waitOn('throttled-and-vanishing');

    expect(await result).toEqual({ status: 'clear', polls: 4, waitedMs: 45_000 });
    expect(player.remaining()).toBe(0);
  });

  test('gives up before the bound and returns what is left', async () => {
    const { player, clock, result } = waitOn('never-gone', 40_000);

    const outcome = await result;

    expect(outcome).toMatchObject({ status: 'timed-out', polls: 3, waitedMs: 30_000 });
    expect(outcome.status === 'timed-out' && outcome.leftovers.map((l) => l.owner)).toEqual([
      'samples/nginx',
    ]);
    expect(clock.now()).toBeLessThanOrEqual(40_000);
    expect(player.remaining()).toBe(0);
  });

  test('stops at once when the role may not list load balancers', async () => {
    const { clock, result } = waitOn('access-denied');

    const outcome = await result;

    expect(outcome).toMatchObject({ status: 'failed', polls: 1 });
    expect(outcome.status === 'failed' && outcome.error).toMatch(
      /^AccessDenied: User: .* is not authorized to perform: elasticloadbalancing:DescribeLoadBalancers/,
    );
    expect(clock.sleeps).toEqual([]);
  });

  test('reports the last error when every poll up to the bound was throttled', async () => {
    const throttled = loadRecording('throttled-and-vanishing').calls[0];
    const player = replay({
      description: 'throttled twice',
      clusterName: 'eks-dev-1-35',
      calls: [throttled, throttled].filter((c) => c !== undefined),
    });
    const clock = fakeClock();

    const outcome = await waitForLeftovers({
      ...query,
      api: player.api,
      maxWaitMs: 20_000,
      pollIntervalMs: 15_000,
      ...clock,
    });

    expect(outcome).toEqual({
      status: 'timed-out',
      polls: 2,
      waitedMs: 15_000,
      leftovers: [],
      lastError: 'Throttling: Rate exceeded',
    });
    expect(formatOutcome(outcome, query)).toContain(
      'the last listings failed, so it is unknown what remains. Last error: Throttling: Rate exceeded.',
    );
  });
});

describe('isRetryableError', () => {
  test.each([
    ['Throttling', 400, true],
    ['RequestLimitExceeded', 503, true],
    ['LoadBalancerNotFoundException', 400, true],
    ['InternalError', 500, true],
    ['AccessDenied', 403, false],
    ['UnauthorizedOperation', 403, false],
  ])('%s (HTTP %i) retryable: %s', (name, httpStatusCode, retryable) => {
    const error = sdkError({ name, message: 'x', $metadata: { httpStatusCode } });
    expect(isRetryableError(error)).toBe(retryable);
  });
});

describe('formatOutcome', () => {
  test('names the tag, the leftovers with their owners and what to do', async () => {
    const { result } = waitOn('never-gone', 40_000);

    const message = formatOutcome(await result, query);

    expect(message).toBe(
      'Gave up after 30 s waiting for the AWS Load Balancer Controller to delete what is tagged elbv2.k8s.aws/cluster=eks-dev-1-35: 1 remain: load balancer network k8s-samples-nginx-5e1f0a2b3c arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/k8s-samples-nginx-5e1f0a2b3c/9f8e7d6c5b4a3921 (owner samples/nginx). Delete the Kubernetes Services/Ingresses that own them (or the AWS resources themselves), then retry the stack deletion; the controller and the VPC are kept until then.',
    );
  });

  test('lists at most five leftovers', () => {
    const leftovers = Array.from({ length: 7 }, (_, i) => ({
      kind: 'security group' as const,
      id: `sg-${i}`,
      name: `k8s-${i}`,
    }));

    const message = formatOutcome(
      { status: 'timed-out', polls: 40, waitedMs: 600_000, leftovers },
      query,
    );

    expect(message).toContain('7 remain: security group k8s-0 sg-0;');
    expect(message).toContain('security group k8s-4 sg-4; and 2 more.');
    expect(message).not.toContain('sg-5');
  });

  test('says how long a successful wait took', () => {
    expect(formatOutcome({ status: 'clear', polls: 3, waitedMs: 30_000 }, query)).toBe(
      'Nothing tagged elbv2.k8s.aws/cluster=eks-dev-1-35 remains (checked 3 times over 30 s).',
    );
  });
});
