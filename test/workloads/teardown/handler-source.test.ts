import { readFileSync } from 'node:fs';
import * as vm from 'node:vm';
import { describe, expect, test } from 'vitest';
import {
  compileGuardHandlerCode,
  GENERATED_FILE,
  generatedModuleText,
} from '../../../scripts/write-guard-handler';
import { GUARD_HANDLER_CODE } from '../../../src/workloads/teardown/guard-handler-code.generated';
import { renderGuardHandlerSource } from '../../../src/workloads/teardown/handler-source';
import { guardEvent, loadRecording, replay } from './replay';

/**
 * Runs handler code the way Lambda does: a fresh CommonJS module whose `require` can only load
 * the two SDK v3 clients (backed by a recording), with `fetch` capturing the response to
 * CloudFormation and a fake clock.
 */
async function invoke(
  source: string,
  recordingName: string,
  event = guardEvent('Delete'),
  httpStatuses: number[] = [],
) {
  const player = replay(loadRecording(recordingName));
  const command = (operation: string) =>
    class {
      readonly operation = operation;
      constructor(readonly input: unknown) {}
    };
  const client = class {
    send(c: { operation: Parameters<typeof player.answer>[0]; input: unknown }) {
      return player.answer(c.operation, c.input);
    }
  };
  const modules: Record<string, unknown> = {
    '@aws-sdk/client-elastic-load-balancing-v2': {
      ElasticLoadBalancingV2Client: client,
      DescribeLoadBalancersCommand: command('DescribeLoadBalancers'),
      DescribeTagsCommand: command('DescribeTags'),
    },
    '@aws-sdk/client-ec2': {
      EC2Client: client,
      DescribeSecurityGroupsCommand: command('DescribeSecurityGroups'),
    },
  };
  const puts: {
    url: string;
    method: string;
    headers: unknown;
    body: Record<string, unknown>;
  }[] = [];
  const logs: string[] = [];
  let now = 1_764_720_000_000;
  const moduleObject = {
    exports: {} as { handler?: (e: unknown, c: unknown) => Promise<unknown> },
  };
  const context = vm.createContext({
    module: moduleObject,
    exports: moduleObject.exports,
    require: (id: string) => {
      if (!(id in modules)) throw new Error(`Cannot find module '${id}'`);
      return modules[id];
    },
    fetch: async (url: string, init: { method: string; headers: unknown; body: string }) => {
      puts.push({ url, method: init.method, headers: init.headers, body: JSON.parse(init.body) });
      const status = httpStatuses.shift() ?? 200;
      return { ok: status === 200, status };
    },
    // A clock that moves only when the code sleeps, so the waits take no real time.
    Date: { now: () => now },
    setTimeout: (fn: () => void, ms: number) => {
      now += ms;
      setImmediate(fn);
    },
    console: { log: (m: string) => logs.push(m) },
  });
  vm.runInContext(source, context, { filename: 'index.js' });
  await moduleObject.exports.handler?.(event, { getRemainingTimeInMillis: () => 900_000 });
  return { puts, logs, remaining: player.remaining() };
}

describe('the committed guard Lambda code', () => {
  test('is what tsc makes of the current guard-handler.ts and wait-for-load-balancers.ts', () => {
    const fresh = compileGuardHandlerCode();

    // If this fails, run: npx tsx scripts/write-guard-handler.ts
    expect(GUARD_HANDLER_CODE).toBe(fresh);
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(generatedModuleText(fresh));
  });

  test('starts from the functions the unit tests exercise', () => {
    // The vitest rendering differs in layout only; both name the same functions in the same order.
    const names = (code: string) =>
      [...code.matchAll(/^(?:async )?function (\w+)/gm)].map((m) => m[1]);

    expect(names(GUARD_HANDLER_CODE)).toEqual(names(renderGuardHandlerSource()));
    expect(names(GUARD_HANDLER_CODE)).toEqual([
      'findLeftovers',
      'waitForLeftovers',
      'isRetryableError',
      'errorText',
      'formatOutcome',
      'handleGuardEvent',
      'createLambdaDependencies',
    ]);
  });
});

describe('the guard Lambda code, run as Lambda runs it', () => {
  const source = GUARD_HANDLER_CODE;

  test('is self-contained CommonJS exporting index.handler', () => {
    expect(source.startsWith("'use strict';\n")).toBe(true);
    expect(source).toContain('exports.handler = (event, context) => handleGuardEvent(');
    expect(source).not.toMatch(/_1\.|__vi_|__name\(|import\(/);
    expect(source.length).toBeLessThan(16_000);
  });

  test('waits for the recorded deletion and PUTs SUCCESS to CloudFormation', async () => {
    const event = guardEvent('Delete', { MaxWaitSeconds: '600' });

    const { puts, logs, remaining } = await invoke(source, 'gone-after-three-polls', event);

    expect(remaining).toBe(0);
    expect(puts).toEqual([
      {
        url: event.ResponseURL,
        method: 'PUT',
        headers: { 'content-type': '' },
        body: expect.objectContaining({
          Status: 'SUCCESS',
          Reason:
            'Nothing tagged elbv2.k8s.aws/cluster=eks-dev-1-35 remains (checked 3 times over 30 s).',
          PhysicalResourceId: 'load-balancer-guard-eks-dev-1-35',
        }),
      },
    ]);
    expect(logs).toHaveLength(1);
  });

  test('tries the PUT again when the response bucket answers with an error', async () => {
    const { puts } = await invoke(source, 'never-gone', guardEvent('Delete'), [503]);

    expect(puts.map((p) => p.body.Status)).toEqual(['FAILED', 'FAILED']);
  });

  test('PUTs FAILED naming the leftover when the controller never removes it', async () => {
    const { puts } = await invoke(source, 'never-gone');

    expect(puts.map((p) => p.body.Status)).toEqual(['FAILED']);
    expect(puts[0]?.body.Reason).toContain('(owner samples/nginx)');
  });
});
