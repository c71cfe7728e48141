import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { GuardEvent } from '../../../src/workloads/teardown/guard-handler';
import type { LoadBalancerApi } from '../../../src/workloads/teardown/wait-for-load-balancers';

type Operation = 'DescribeLoadBalancers' | 'DescribeTags' | 'DescribeSecurityGroups';

interface RecordedCall {
  readonly operation: Operation;
  readonly input: unknown;
  readonly output?: unknown;
  readonly error?: { name: string; message: string; [key: string]: unknown };
}

export interface Recording {
  readonly description: string;
  readonly clusterName: string;
  readonly vpcId?: string;
  readonly calls: readonly RecordedCall[];
}

export function loadRecording(name: string): Recording {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', `${name}.json`), 'utf8')) as Recording;
}

/** An SDK v3 service exception as the clients throw it: an Error with name, $fault, $metadata. */
export function sdkError(recorded: NonNullable<RecordedCall['error']>): Error {
  return Object.assign(new Error(recorded.message), recorded);
}

/**
 * Replays a recording: each call must be the next recorded operation with the recorded input, and
 * gets the recorded output or error. `remaining()` tells whether the code made every call.
 */
export function replay(recording: Recording) {
  let next = 0;
  const answer = async (operation: Operation, input: unknown): Promise<never> => {
    const call = recording.calls[next];
    expect(call, `unexpected ${operation} after the recording ended`).toBeDefined();
    expect({ operation, input }).toEqual({ operation: call?.operation, input: call?.input });
    next += 1;
    if (call?.error) throw sdkError(call.error);
    return call?.output as never;
  };
  const api: LoadBalancerApi = {
    describeLoadBalancers: (input) => answer('DescribeLoadBalancers', input),
    describeTags: (input) => answer('DescribeTags', input),
    describeSecurityGroups: (input) => answer('DescribeSecurityGroups', input),
  };
  return { api, remaining: () => recording.calls.length - next, answer };
}

/** A clock that only moves when the code sleeps. */
export function fakeClock() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
  };
}

/** A custom resource event as CloudFormation sends it to the guard. */
export function guardEvent(
  requestType: GuardEvent['RequestType'],
  extra: Partial<GuardEvent['ResourceProperties']> = {},
): GuardEvent {
  return {
    RequestType: requestType,
    ResponseURL: 'https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/signed',
    StackId:
      'arn:aws:cloudformation:us-east-1:111111111111:stack/eks-dev-1-35-Workloads/5f0c1a20-b0a1-11f1-8e33-0a1b2c3d4e5f',
    RequestId: 'c6a3e0c2-5d8f-4d4b-9a61-2f3e4d5c6b7a',
    LogicalResourceId: 'SamplesTeardownGuard4AD85E95',
    ...(requestType === 'Create' ? {} : { PhysicalResourceId: 'load-balancer-guard-eks-dev-1-35' }),
    ResourceProperties: {
      ClusterName: 'eks-dev-1-35',
      TagKey: 'elbv2.k8s.aws/cluster',
      MaxWaitSeconds: '40',
      PollSeconds: '15',
      FailOnTimeout: 'true',
      ...extra,
    },
  };
}
