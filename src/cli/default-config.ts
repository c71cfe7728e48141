import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const RELATIVE = join('config', 'default.yaml');

/** The folder of this package's package.json, found upwards from the running code. */
function packageRoot(from: string): string | undefined {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      JSON.parse(readFileSync(manifest, 'utf8')).name === 'eks-platform'
    ) {
      return dir;
    }
  }
  return undefined;
}

/**
 * The config used when `--config` is not given: `config/default.yaml` in the working folder when
 * there is one, otherwise the reference config shipped with this package.
 */
export function defaultConfigPath(cwd = process.cwd()): string {
  if (existsSync(join(cwd, RELATIVE))) return RELATIVE;
  const root = packageRoot(__dirname);
  return root ? join(root, RELATIVE) : RELATIVE;
}
