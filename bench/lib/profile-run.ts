import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type CpuProfile, selfTimeByOwner } from './cpu-profile';
import type { Variant } from './variants';

/** Self time per code owner of two variants, the largest differences first. */
export interface ProfileComparison {
  readonly subject: string;
  readonly against: string;
  readonly runs: number;
  readonly rows: readonly { owner: string; subjectMs: number; againstMs: number }[];
}

/**
 * Runs two variants `runs` times each under `node --cpu-prof` (interleaved, outputs emptied as in
 * the bench) and compares where their CPU time goes. Profiling slows a run down, so these runs
 * are never part of the measured medians.
 */
export function profileVariants(
  subject: Variant,
  against: Variant,
  runs: number,
  profileDir: string,
  root: string,
): ProfileComparison {
  const dirs = [subject, against].map((v) => join(profileDir, v.id.replaceAll('/', '-')));
  for (let i = 0; i < runs; i++) {
    [subject, against].forEach((variant, k) => {
      rmSync(variant.outDir, { recursive: true, force: true });
      const args = ['--cpu-prof', '--cpu-prof-dir', dirs[k], ...variant.invocation.args];
      const child = spawnSync(process.execPath, args, {
        cwd: variant.invocation.cwd,
        env: variant.invocation.env,
        stdio: 'ignore',
      });
      if (child.status === null || !variant.invocation.okExitCodes.includes(child.status)) {
        throw new Error(`profiling ${variant.id} failed with exit ${child.status}`);
      }
    });
  }
  const [mine, theirs] = dirs.map((dir) => selfTimeByOwner(readProfiles(dir), root));
  const owners = [...new Set([...mine.keys(), ...theirs.keys()])];
  const rows = owners
    .map((owner) => ({ owner, subjectMs: mine.get(owner) ?? 0, againstMs: theirs.get(owner) ?? 0 }))
    .sort((a, b) => Math.abs(b.subjectMs - b.againstMs) - Math.abs(a.subjectMs - a.againstMs));
  return { subject: subject.id, against: against.id, runs, rows };
}

function readProfiles(dir: string): CpuProfile[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cpuprofile'))
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile);
}
