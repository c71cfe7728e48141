import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors';

/**
 * Checks that `outdir` may be replaced by a new cloud assembly: it is missing, empty, or holds an
 * assembly (a `manifest.json`). Anything else (a file, a folder of other things such as the
 * project itself) is refused, because the assembly replaces the folder whole.
 */
export function assertReplaceableOutput(outdir: string): string {
  const target = resolve(outdir);
  if (!existsSync(target)) return target;
  if (!statSync(target).isDirectory()) {
    throw new InputError(
      'USAGE',
      `--out: got ${outdir}, a file; expected a folder for the cloud assembly`,
    );
  }
  const entries = readdirSync(target);
  if (entries.length > 0 && !entries.includes('manifest.json')) {
    throw new InputError(
      'USAGE',
      `--out: got ${outdir}, a folder that holds no cloud assembly (no manifest.json); expected a new, empty or earlier cdk.out folder, since synth replaces it whole`,
    );
  }
  return target;
}

/** A staging folder beside `target` (same file system, so it can be renamed into place). */
export function createStagingDir(target: string): string {
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}.staging-`));
  // mkdtemp makes folders private (0700); an assembly is read by other users in CI and containers.
  chmodSync(staging, 0o755);
  return staging;
}
