import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ReleaseRenderer } from '../model/facts';
import { type HelmReleaseFact, objectsOf } from '../model/kube';
import type { RenderOptions } from '../types';
import { fetchChart } from './fetch-chart';
import { helmBinary } from './helm-binary';

/**
 * Renders releases with `helm template` from local chart folders (`<chart>-<version>/` or
 * `<chart>/` in `chartsDir`, then charts cached by earlier pulls), or pulled from the network when
 * `fetch` allows it. A release whose chart is not at hand stays unrendered; a chart that fails to
 * render records the error on the release (reported by EKS-CHT-005).
 */
export function helmRenderer(options: RenderOptions): ReleaseRenderer {
  const cacheDir = options.cacheDir ?? resolve('node_modules', '.cache', 'eks-platform');
  let helm: string | undefined;
  return (release) => {
    const local = [options.chartsDir, join(cacheDir, 'charts')].filter((d) => d !== undefined);
    let chartDir = local.map((dir) => chartFolder(dir, release)).find(Boolean);
    if (!chartDir && !options.fetch) return undefined;
    helm ??= helmBinary(cacheDir);
    chartDir ??= fetchChart(helm, cacheDir, release);
    if (!chartDir) return undefined;
    const work = mkdtempSync(join(tmpdir(), 'eks-platform-render-'));
    try {
      const valuesFile = join(work, 'values.json');
      writeFileSync(valuesFile, JSON.stringify(release.values));
      const args = ['template', release.release, chartDir, '--namespace', release.namespace];
      const output = execFileSync(helm, [...args, '--values', valuesFile], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, HELM_CACHE_HOME: join(work, 'cache'), HELM_CONFIG_HOME: work },
      });
      return yaml()
        .parseAllDocuments(output)
        .flatMap((doc) => objectsOf(doc.toJS(), release.resource, release.cluster, release));
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? (error as Error).message);
      const lines = stderr.split('\n').map((l) => l.trim());
      release.renderError =
        lines.find((l) => l.startsWith('Error:'))?.slice(7) ?? lines.find(Boolean) ?? 'failed';
      return undefined;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  };
}

function chartFolder(chartsDir: string, release: HelmReleaseFact): string | undefined {
  const candidates = [
    ...(release.version ? [join(chartsDir, `${release.chart}-${release.version}`)] : []),
    join(chartsDir, release.chart),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'Chart.yaml')));
}

/** Loaded on first render: the YAML parser costs more to load than a check without --render. */
function yaml(): typeof import('yaml') {
  return require('yaml');
}
