import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  detectMeter,
  type Invocation,
  measure,
  parseUsage,
  RunFailedError,
} from '../../../bench/lib/measure';

describe('parseUsage', () => {
  it('reads GNU time seconds as milliseconds', () => {
    expect(parseUsage('1.25 0.10 95580\n', 'seconds')).toEqual({
      userMs: 1250,
      sysMs: 100,
      maxRssKb: 95580,
    });
  });

  it('skips the exit status line GNU time writes for a failing command', () => {
    const text = 'Command exited with non-zero status 1\n0.50 0.02 60000\n';
    expect(parseUsage(text, 'seconds')?.userMs).toBe(500);
  });

  it('reads the probe line in milliseconds as is', () => {
    expect(parseUsage('812.5 40 101000', 'milliseconds')).toEqual({
      userMs: 812.5,
      sysMs: 40,
      maxRssKb: 101000,
    });
  });

  it('returns undefined for text that is not a usage line', () => {
    expect(parseUsage('', 'seconds')).toBeUndefined();
    expect(parseUsage('0.5 abc 100', 'seconds')).toBeUndefined();
  });
});

describe('measure', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-measure-'));
  const probeScript = resolve(__dirname, '../../../bench/lib/probe.ts');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const node = (code: string, okExitCodes = [0]): Invocation => ({
    args: ['-e', code],
    env: { PATH: process.env.PATH ?? '' },
    cwd: dir,
    okExitCodes,
  });

  // probe.ts only runs once compiled to bench.out, so these tests need GNU time.
  const withGnuTime = it.runIf(detectMeter() === 'time');
  const setup = { meter: 'time' as const, usageFile: join(dir, 'usage.txt'), probeScript };

  withGnuTime('reports wall, CPU and peak memory of a child', () => {
    const sample = measure(node('Buffer.alloc(64 * 1024 * 1024, 1)'), setup);
    expect(sample.wallMs).toBeGreaterThan(0);
    expect(sample.userMs + sample.sysMs).toBeGreaterThan(0);
    // The 64 MiB buffer is touched, so the peak is above it.
    expect(sample.maxRssKb).toBeGreaterThan(64 * 1024);
  });

  withGnuTime('names the command and exit code when a child fails', () => {
    let caught: unknown;
    try {
      measure(node('console.error("boom"); process.exit(3)'), setup);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RunFailedError);
    expect((caught as Error).message).toMatch(/exit 3: boom/);
  });

  withGnuTime('accepts the exit codes the invocation allows', () => {
    expect(measure(node('process.exit(1)', [0, 1]), setup).wallMs).toBeGreaterThan(0);
  });
});
