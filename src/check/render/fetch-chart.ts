import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { HelmReleaseFact } from '../model/kube';

/**
 * Pulls a pinned chart with `helm pull` into `<cacheDir>/charts/<chart>-<version>/` and returns
 * that folder; later runs find it there without the network. Returns undefined when the release
 * is unpinned, has no repository, or the pull fails (no network, unknown chart).
 * Known gap: no repository credentials are passed; private repositories need `--charts`.
 */
export function fetchChart(
  helm: string,
  cacheDir: string,
  release: HelmReleaseFact,
): string | undefined {
  if (!release.version || !release.repository) return undefined;
  const target = join(cacheDir, 'charts', `${release.chart}-${release.version}`);
  if (existsSync(join(target, 'Chart.yaml'))) return target;
  const work = mkdtempSync(join(cacheDir, 'pull-'));
  try {
    const oci = release.repository.startsWith('oci://');
    const ref = oci ? ociReference(release.repository, release.chart) : release.chart;
    const repo = oci ? [] : ['--repo', release.repository];
    execFileSync(
      helm,
      ['pull', ref, ...repo, '--version', release.version, '--untar', '--untardir', work],
      {
        stdio: 'ignore',
        timeout: 60_000,
        env: { ...process.env, HELM_CACHE_HOME: join(work, '.cache'), HELM_CONFIG_HOME: work },
      },
    );
    mkdirSync(join(cacheDir, 'charts'), { recursive: true });
    renameSync(join(work, release.chart), target);
    return target;
  } catch {
    return undefined;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `oci://registry/path` + chart -> `oci://registry/path/chart` (unless it already ends so). */
function ociReference(repository: string, chart: string): string {
  const base = repository.replace(/\/$/, '');
  return base.endsWith(`/${chart}`) ? base : `${base}/${chart}`;
}
