import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import * as ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { renderGuardHandlerSource } from '../../../src/workloads/teardown/handler-source';
import { guardEvent, loadRecording, replay } from './replay';

const sourceDir = join(__dirname, '../../../src/workloads/teardown');

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

/** The source `dist/` would produce: the same modules compiled by tsc with the project's target. */
function renderFromTscOutput(): string {
  const cache = new Map<string, unknown>();
  const load = (name: string): unknown => {
    const cached = cache.get(name);
    if (cached) return cached;
    const text = readFileSync(join(sourceDir, `${name}.ts`), 'utf8');
    const js = ts.transpileModule(text, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS },
    }).outputText;
    const mod = { exports: {} as Record<string, unknown> };
    cache.set(name, mod.exports);
    const requireSibling = (id: string) => (id.startsWith('./') ? load(id.slice(2)) : require(id));
    new Function('exports', 'require', 'module', js)(mod.exports, requireSibling, mod);
    return mod.exports;
  };
  const compiled = load('handler-source') as { renderGuardHandlerSource: () => string };
  return compiled.renderGuardHandlerSource();
}

/** The source `cdk synth` produces: cdk.json runs the app with tsx, whose esbuild keeps names. */
function renderWithTsx(): string {
  const tsx = require.resolve('tsx/cli');
  const script = `process.stdout.write(require(${JSON.stringify(join(sourceDir, 'handler-source.ts'))}).renderGuardHandlerSource())`;
  return execFileSync(process.execPath, [tsx, '--eval', script], { encoding: 'utf8' });
}

describe.each([
  ['as the tests load it', renderGuardHandlerSource],
  ['as tsc compiles it for dist/', renderFromTscOutput],
  ['as tsx loads it for cdk synth', renderWithTsx],
])('the guard Lambda code %s', (_, render) => {
  const source = render();

  test('is self-contained CommonJS exporting index.handler', () => {
    expect(source.startsWith("'use strict';\n")).toBe(true);
    expect(source).toContain('exports.handler = (event, context) => handleGuardEvent(');
    expect(source).not.toMatch(/_1\.|__vi_|import\(/);
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
