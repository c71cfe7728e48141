import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  byStackKind,
  countResources,
  diffResources,
  type ResourceCounts,
  totalResources,
} from '../../../bench/lib/resources';

/** A root assembly with one nested assembly per stage, each with one stack of the given types. */
function writeAssembly(dir: string, stages: Record<string, string[]>): void {
  const artifacts: Record<string, unknown> = {};
  for (const [stage, types] of Object.entries(stages)) {
    const nested = `assembly-${stage}`;
    artifacts[nested] = { type: 'cdk:cloud-assembly', properties: { directoryName: nested } };
    mkdirSync(join(dir, nested), { recursive: true });
    const resources = Object.fromEntries(types.map((type, i) => [`R${i}`, { Type: type }]));
    writeFileSync(
      join(dir, nested, 'Addons.template.json'),
      JSON.stringify({ Resources: resources }),
    );
    const stack = {
      type: 'aws:cloudformation:stack',
      displayName: `${stage}/Addons`,
      properties: { templateFile: 'Addons.template.json' },
    };
    writeFileSync(
      join(dir, nested, 'manifest.json'),
      JSON.stringify({
        artifacts: { Addons: stack, 'Addons.assets': { type: 'cdk:asset-manifest' } },
      }),
    );
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ artifacts }));
}

describe('countResources', () => {
  let dir: string;
  let counts: ResourceCounts;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-resources-'));
    writeAssembly(dir, {
      a: ['AWS::IAM::Role', 'AWS::IAM::Role', 'Custom::AWSCDK-EKS-HelmChart'],
      b: ['AWS::IAM::Role'],
    });
    counts = countResources(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts resource types per stack through nested assemblies', () => {
    expect(Object.fromEntries(counts.get('a/Addons') ?? [])).toEqual({
      'AWS::IAM::Role': 2,
      'Custom::AWSCDK-EKS-HelmChart': 1,
    });
    expect(totalResources(counts)).toBe(4);
  });

  it('merges the stacks of all stages by kind', () => {
    expect(Object.fromEntries(byStackKind(counts).get('Addons') ?? [])).toEqual({
      'AWS::IAM::Role': 3,
      'Custom::AWSCDK-EKS-HelmChart': 1,
    });
  });
});

describe('diffResources', () => {
  it('lists the stack and type pairs whose counts differ, with stacks on one side only', () => {
    const ours: ResourceCounts = new Map([
      [
        'Addons',
        new Map([
          ['AWS::IAM::Role', 2],
          ['AWS::IAM::Policy', 1],
        ]),
      ],
    ]);
    const baseline: ResourceCounts = new Map([
      ['Addons', new Map([['AWS::IAM::Role', 2]])],
      ['Network', new Map([['AWS::EC2::VPC', 1]])],
    ]);
    expect(diffResources(ours, baseline)).toEqual([
      { stack: 'Addons', type: 'AWS::IAM::Policy', ours: 1, baseline: 0 },
      { stack: 'Network', type: 'AWS::EC2::VPC', ours: 0, baseline: 1 },
    ]);
  });
});
