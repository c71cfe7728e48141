import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfigPath } from '../../src/cli/default-config';
import { tempDir } from '../support/platform';

describe('defaultConfigPath', () => {
  it('prefers config/default.yaml in the working folder', () => {
    expect(defaultConfigPath(join(__dirname, '..', '..'))).toBe(join('config', 'default.yaml'));
  });

  it('falls back to the reference config shipped with the package elsewhere', () => {
    const path = defaultConfigPath(tempDir());
    expect(isAbsolute(path)).toBe(true);
    expect(path).toMatch(/config\/default\.yaml$/);
    expect(existsSync(path)).toBe(true);
  });
});
