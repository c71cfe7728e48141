import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectMeter } from '../../../bench/lib/measure';
import type { VariantResult } from '../../../bench/lib/report';
import { runVariants } from '../../../bench/lib/runner';
import type { Variant } from '../../../bench/lib/variants';

const dir = mkdtempSync(join(tmpdir(), 'bench-runner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in synth: fails if its output dir was not emptied, then writes a manifest there. */
function synth(id: string, subject: 'ours' | 'baseline'): Variant {
  const outDir = join(dir, id.replaceAll('/', '-'));
  const code = [
    "const fs = require('node:fs');",
    `if (fs.existsSync(${JSON.stringify(outDir)})) process.exit(9);`,
    `fs.mkdirSync(${JSON.stringify(outDir)});`,
    `fs.writeFileSync(${JSON.stringify(join(outDir, 'manifest.json'))}, '{}');`,
  ].join(' ');
  return {
    id,
    subject,
    clusters: 1,
    validation: false,
    outDir,
    invocation: { args: ['-e', code], env: {}, cwd: dir, okExitCodes: [0] },
  };
}

/** A stand-in check: counts its runs in a file next to the assembly it was given. */
function check(log: string): Variant {
  const outDir = join(dir, 'check-1-off');
  const code = `require('node:fs').appendFileSync(${JSON.stringify(log)}, 'run\\n')`;
  return {
    id: 'check/1/off',
    subject: 'check',
    clusters: 1,
    validation: false,
    outDir,
    invocation: { args: ['-e', code], env: {}, cwd: dir, okExitCodes: [0, 1] },
  };
}

describe.runIf(detectMeter() === 'time')('runVariants', () => {
  const log = join(dir, 'check-runs.txt');
  const variants = [synth('baseline/1/off', 'baseline'), synth('ours/1/off', 'ours'), check(log)];
  const lines: string[] = [];
  let results: VariantResult[] = [];
  beforeAll(() => {
    writeFileSync(log, '');
    results = runVariants(variants, {
      warmups: 1,
      runs: 2,
      meter: { meter: 'time', usageFile: join(dir, 'usage.txt'), probeScript: '' },
      onRun: (line) => lines.push(line),
    });
  });

  it('keeps the measured runs and drops the warm-up', () => {
    expect(results.map((r) => [r.id, r.samples.length])).toEqual([
      ['baseline/1/off', 2],
      ['ours/1/off', 2],
      ['check/1/off', 2],
    ]);
    expect(lines).toHaveLength(9);
    expect(lines[0]).toMatch(/^\[1\/9\] warmup baseline\/1\/off: \d+\.\d\d s$/);
  });

  it('empties every synth output before each run', () => {
    // The stand-in synth exits 9 when its output dir already exists, which would have thrown.
    expect(results[1].summary.runs).toBe(2);
  });

  it('gives the check its own copy of our assembly', () => {
    expect(existsSync(join(variants[2].outDir, 'manifest.json'))).toBe(true);
    expect(readFileSync(log, 'utf8')).toBe('run\nrun\nrun\n');
  });
});
