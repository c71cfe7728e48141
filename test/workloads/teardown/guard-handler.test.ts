import { describe, expect, test } from 'vitest';
import {
  createLambdaDependencies,
  type GuardDependencies,
  handleGuardEvent,
} from '../../../src/workloads/teardown/guard-handler';
import {
  formatOutcome,
  waitForLeftovers,
} from '../../../src/workloads/teardown/wait-for-load-balancers';
import { fakeClock, guardEvent, loadRecording, replay } from './replay';

function dependencies(recordingName: string, remainingMs = 900_000) {
  const player = replay(loadRecording(recordingName));
  const sent: { url: string; body: unknown }[] = [];
  const logged: string[] = [];
  const deps: GuardDependencies = {
    api: player.api,
    ...fakeClock(),
    remainingMs: () => remainingMs,
    send: async (url, body) => void sent.push({ url, body: JSON.parse(body) }),
    log: (message) => void logged.push(message),
    wait: waitForLeftovers,
    describe: formatOutcome,
  };
  return { deps, player, sent, logged };
}

describe('handleGuardEvent', () => {
  test('answers SUCCESS on create without calling AWS and names a stable physical id', async () => {
    const { deps, player, sent } = dependencies('never-gone');

    await handleGuardEvent(guardEvent('Create'), deps);

    expect(player.remaining()).toBe(9);
    expect(sent).toEqual([
      {
        url: 'https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/signed',
        body: {
          Status: 'SUCCESS',
          Reason: 'Create: nothing to do until the stack is deleted.',
          PhysicalResourceId: 'load-balancer-guard-eks-dev-1-35',
          StackId: expect.stringContaining(':stack/eks-dev-1-35-Workloads/'),
          RequestId: 'c6a3e0c2-5d8f-4d4b-9a61-2f3e4d5c6b7a',
          LogicalResourceId: 'SamplesTeardownGuard4AD85E95',
        },
      },
    ]);
  });

  test('answers SUCCESS on delete once the load balancers are gone', async () => {
    const { deps, sent, logged } = dependencies('gone-after-three-polls');

    const response = await handleGuardEvent(guardEvent('Delete', { MaxWaitSeconds: '600' }), deps);

    expect(response.Status).toBe('SUCCESS');
    expect(response.Reason).toBe(
      'Nothing tagged elbv2.k8s.aws/cluster=eks-dev-1-35 remains (checked 3 times over 30 s).',
    );
    expect(sent).toHaveLength(1);
    expect(logged).toEqual([`SUCCESS: ${response.Reason}`]);
  });

  test('answers FAILED on delete with the leftovers when the wait gives up', async () => {
    const { deps, sent } = dependencies('never-gone');

    const response = await handleGuardEvent(guardEvent('Delete'), deps);

    expect(response.Status).toBe('FAILED');
    expect(response.Reason).toMatch(
      /^Gave up after 30 s .* \(owner samples\/nginx\)\. Delete the /,
    );
    expect(sent.map((s) => (s.body as { Status: string }).Status)).toEqual(['FAILED']);
  });

  test('lets deletion go on after the wait when FailOnTimeout is false', async () => {
    const { deps } = dependencies('never-gone');

    const response = await handleGuardEvent(guardEvent('Delete', { FailOnTimeout: 'false' }), deps);

    expect(response.Status).toBe('SUCCESS');
    expect(response.Reason).toMatch(/^Gave up after 30 s/);
  });

  test('fails at once when the role may not list load balancers, even with FailOnTimeout false', async () => {
    const { deps } = dependencies('access-denied');

    const response = await handleGuardEvent(guardEvent('Delete', { FailOnTimeout: 'false' }), deps);

    expect(response.Status).toBe('FAILED');
    expect(response.Reason).toMatch(/^Could not list what is tagged .*: AccessDenied: User: /);
  });

  test('hands the VPC from the resource properties to the search', async () => {
    const { deps, player } = dependencies('vpc-scoped');
    const event = guardEvent('Delete', { VpcId: 'vpc-0a1b2c3d4e5f60718', MaxWaitSeconds: '10' });

    const response = await handleGuardEvent(event, deps);

    expect(player.remaining()).toBe(0);
    expect(response.Reason).toContain(
      '2 remain: load balancer network k8s-samples-nginx-5e1f0a2b3c',
    );
  });

  test('stops waiting a minute before the Lambda would be stopped', async () => {
    // 100 s left: the budget is 40 s although MaxWaitSeconds allows 600.
    const { deps, player } = dependencies('never-gone', 100_000);

    const response = await handleGuardEvent(guardEvent('Delete', { MaxWaitSeconds: '600' }), deps);

    expect(response.Reason).toMatch(/^Gave up after 30 s/);
    expect(player.remaining()).toBe(0);
  });

  test('treats a malformed wait bound as no wait rather than an endless one', async () => {
    const { deps } = dependencies('never-gone');

    const response = await handleGuardEvent(guardEvent('Delete', { MaxWaitSeconds: 'ten' }), deps);

    expect(response.Status).toBe('FAILED');
    expect(response.Reason).toMatch(/^Gave up after 0 s .* 1 remain: /);
  });

  test('still answers CloudFormation when the wait itself throws', async () => {
    const { deps, sent } = dependencies('never-gone');
    const broken = { ...deps, wait: async () => Promise.reject(new TypeError('boom')) };

    await handleGuardEvent(guardEvent('Delete'), broken);

    expect(sent.map((s) => s.body)).toEqual([
      expect.objectContaining({
        Status: 'FAILED',
        Reason: 'Teardown guard failed: TypeError: boom',
      }),
    ]);
  });
});

describe('createLambdaDependencies', () => {
  test('sends each call through the matching SDK v3 command', async () => {
    const sentCommands: { client: string; command: string; input: unknown }[] = [];
    const client = (name: string) =>
      class {
        async send(command: { constructor: { name: string }; input: unknown }) {
          sentCommands.push({
            client: name,
            command: command.constructor.name,
            input: command.input,
          });
          return {};
        }
      };
    const command = (name: string) =>
      ({
        [name]: class {
          constructor(readonly input: unknown) {}
        },
      })[name];
    const modules: Record<string, unknown> = {
      '@aws-sdk/client-elastic-load-balancing-v2': {
        ElasticLoadBalancingV2Client: client('elbv2'),
        DescribeLoadBalancersCommand: command('DescribeLoadBalancersCommand'),
        DescribeTagsCommand: command('DescribeTagsCommand'),
      },
      '@aws-sdk/client-ec2': {
        EC2Client: client('ec2'),
        DescribeSecurityGroupsCommand: command('DescribeSecurityGroupsCommand'),
      },
    };
    const deps = createLambdaDependencies(
      (id) => modules[id],
      { getRemainingTimeInMillis: () => 42 },
      {
        wait: waitForLeftovers,
        describe: formatOutcome,
        log: () => undefined,
      },
    );

    await deps.api.describeLoadBalancers({ PageSize: 400 });
    await deps.api.describeTags({ ResourceArns: ['arn:x'] });
    await deps.api.describeSecurityGroups({ Filters: [], MaxResults: 1000 });

    expect(deps.remainingMs()).toBe(42);
    expect(sentCommands).toEqual([
      { client: 'elbv2', command: 'DescribeLoadBalancersCommand', input: { PageSize: 400 } },
      { client: 'elbv2', command: 'DescribeTagsCommand', input: { ResourceArns: ['arn:x'] } },
      {
        client: 'ec2',
        command: 'DescribeSecurityGroupsCommand',
        input: { Filters: [], MaxResults: 1000 },
      },
    ]);
  });
});
