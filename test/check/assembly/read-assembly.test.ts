import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAssembly } from '../../../src/check/assembly/read-assembly';
import { InputError } from '../../../src/errors';

function dir(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'assembly-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(
      join(root, name),
      typeof content === 'string' ? content : JSON.stringify(content),
    );
  }
  return root;
}

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('readAssembly', () => {
  it('names a folder without manifest.json and what is expected', () => {
    const error = inputError(() => readAssembly('/nonexistent/cdk.out'));
    expect(error.code).toBe('ASSEMBLY_UNREADABLE');
    expect(error.message).toBe(
      "/nonexistent/cdk.out: no manifest.json; expected a cloud assembly folder written by 'cdk synth' (e.g. cdk.out)",
    );
  });

  it('names the broken file', () => {
    const root = dir({ 'manifest.json': '{"artifacts": ' });
    const error = inputError(() => readAssembly(root));
    expect(error.code).toBe('ASSEMBLY_UNREADABLE');
    expect(error.message).toMatch(/manifest\.json: broken JSON \(.+\); re-run 'cdk synth'/);
  });

  it('follows Stage assemblies and nested stacks, keeping display names and paths', () => {
    const root = dir({
      'manifest.json': {
        artifacts: {
          'assembly-dev': {
            type: 'cdk:cloud-assembly',
            properties: { directoryName: 'assembly-dev' },
          },
        },
      },
      'assembly-dev/manifest.json': {
        artifacts: {
          devApp1234: {
            type: 'aws:cloudformation:stack',
            environment: 'aws://111111111111/us-east-1',
            displayName: 'dev/App',
            properties: { templateFile: 'app.json' },
            metadata: { '/dev/App/Role/Resource': [{ type: 'aws:cdk:logicalId', data: 'Role1' }] },
          },
        },
      },
      'assembly-dev/app.json': {
        Resources: {
          Role1: { Type: 'AWS::IAM::Role' },
          Inner: {
            Type: 'AWS::CloudFormation::Stack',
            Metadata: { 'aws:asset:path': 'inner.nested.template.json' },
          },
        },
      },
      'assembly-dev/inner.nested.template.json': {
        Resources: { Queue: { Type: 'AWS::SQS::Queue' } },
      },
    });
    const stacks = readAssembly(root);
    expect(stacks.map((s) => [s.key, s.displayName, s.stage, s.region])).toEqual([
      ['dev/devApp1234', 'dev/App', 'dev', 'us-east-1'],
      ['dev/devApp1234/Inner', 'dev/App/Inner', 'dev', 'us-east-1'],
    ]);
    expect(stacks[0].paths.get('Role1')).toBe('/dev/App/Role');
    expect(stacks[1].parent).toEqual({ key: 'dev/devApp1234', logicalId: 'Inner' });
  });
});
