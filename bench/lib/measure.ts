import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Sample } from './stats';

/**
 * How a child's CPU time and peak memory are read. `time` runs it under GNU time, which reports
 * the rusage of the child and everything it waited for; `probe` preloads probe.js into the child,
 * for machines without /usr/bin/time. Wall time is always taken here, around the whole spawn.
 */
export type Meter = 'time' | 'probe';

/** One process to measure: `node <args>` with exactly this environment. */
export interface Invocation {
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  /** Exit codes that count as a normal run (a check with findings exits 1). */
  readonly okExitCodes: readonly number[];
}

export interface MeterSetup {
  readonly meter: Meter;
  /** Scratch file the meter writes its usage line to. */
  readonly usageFile: string;
  /** Compiled probe.js, needed by the `probe` meter. */
  readonly probeScript: string;
}

const GNU_TIME = '/usr/bin/time';
const GNU_TIME_FORMAT = '%U %S %M';

export function detectMeter(): Meter {
  if (!existsSync(GNU_TIME)) return 'probe';
  const trial = spawnSync(GNU_TIME, ['-f', GNU_TIME_FORMAT, 'true'], { encoding: 'utf8' });
  return trial.status === 0 && parseUsage(trial.stderr, 'seconds') ? 'time' : 'probe';
}

/**
 * Reads the last line of a usage report: user time, system time and peak RSS in KiB. GNU time
 * writes seconds and may put a "Command exited with non-zero status" line first; the probe writes
 * milliseconds. Returns undefined when the text holds no such line.
 */
export function parseUsage(
  text: string,
  unit: 'seconds' | 'milliseconds',
): Omit<Sample, 'wallMs'> | undefined {
  const lines = text.trim().split('\n');
  const fields = lines[lines.length - 1]?.trim().split(/\s+/).map(Number) ?? [];
  if (fields.length !== 3 || fields.some((n) => !Number.isFinite(n) || n < 0)) return undefined;
  const scale = unit === 'seconds' ? 1000 : 1;
  return { userMs: fields[0] * scale, sysMs: fields[1] * scale, maxRssKb: fields[2] };
}

export class RunFailedError extends Error {
  constructor(
    readonly invocation: Invocation,
    readonly detail: string,
  ) {
    super(`node ${invocation.args.join(' ')} failed: ${detail}`);
    this.name = 'RunFailedError';
  }
}

/** Runs `node <args>` once as a whole process and returns what it cost. */
export function measure(invocation: Invocation, setup: MeterSetup): Sample {
  rmSync(setup.usageFile, { force: true });
  const nodeArgs = [...invocation.args];
  let command = process.execPath;
  let args = nodeArgs;
  let env: Record<string, string> = { ...invocation.env };
  if (setup.meter === 'time') {
    command = GNU_TIME;
    args = ['-f', GNU_TIME_FORMAT, '-o', setup.usageFile, process.execPath, ...nodeArgs];
  } else {
    args = ['--require', setup.probeScript, ...nodeArgs];
    env = { ...env, BENCH_PROBE_FILE: setup.usageFile };
  }

  const started = process.hrtime.bigint();
  const child = spawnSync(command, args, {
    cwd: invocation.cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;

  if (child.error) throw new RunFailedError(invocation, child.error.message);
  if (child.status === null || !invocation.okExitCodes.includes(child.status)) {
    const output = `${child.stderr ?? ''}${child.stdout ?? ''}`.trim().split('\n').slice(-5);
    throw new RunFailedError(invocation, `exit ${child.status}: ${output.join(' | ')}`);
  }
  const report = existsSync(setup.usageFile) ? readFileSync(setup.usageFile, 'utf8') : '';
  const usage = parseUsage(report, setup.meter === 'time' ? 'seconds' : 'milliseconds');
  if (!usage) throw new RunFailedError(invocation, `no usage report from the ${setup.meter} meter`);
  return { wallMs, ...usage };
}
