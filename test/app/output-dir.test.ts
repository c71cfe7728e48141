import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertReplaceableOutput, createStagingDir } from '../../src/app/output-dir';
import { tempDir } from '../support/platform';

describe('assertReplaceableOutput', () => {
  it('accepts a missing folder, an empty one and an earlier cloud assembly', () => {
    const dir = tempDir();
    expect(assertReplaceableOutput(join(dir, 'new'))).toBe(join(dir, 'new'));
    mkdirSync(join(dir, 'empty'));
    expect(assertReplaceableOutput(join(dir, 'empty'))).toBe(join(dir, 'empty'));
    mkdirSync(join(dir, 'cdk.out'));
    writeFileSync(join(dir, 'cdk.out', 'manifest.json'), '{}');
    expect(assertReplaceableOutput(join(dir, 'cdk.out'))).toBe(join(dir, 'cdk.out'));
  });

  it('refuses a folder of other things, which synth would replace whole', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'keep');
    expect(() => assertReplaceableOutput(dir)).toThrow(
      expect.objectContaining({
        code: 'USAGE',
        message: expect.stringMatching(/^--out: got .*, a folder that holds no cloud assembly/),
      }),
    );
  });

  it('refuses a file', () => {
    const file = join(tempDir(), 'config.yaml');
    writeFileSync(file, 'clusters: []');
    expect(() => assertReplaceableOutput(file)).toThrow(
      expect.objectContaining({ code: 'USAGE', message: expect.stringContaining(', a file;') }),
    );
  });
});

describe('createStagingDir', () => {
  it('creates missing parents and a folder others may read', () => {
    const target = join(tempDir(), 'a', 'b', 'cdk.out');
    const staging = createStagingDir(target);
    expect(readdirSync(join(target, '..'))).toEqual([
      expect.stringMatching(/^\.cdk\.out\.staging-/),
    ]);
    expect(statSync(staging).mode & 0o777).toBe(0o755);
  });
});
