import { describe, expect, it } from 'vitest';
import { type CpuProfile, codeOwner, selfTimeByOwner } from '../../../bench/lib/cpu-profile';

const root = '/repo';

describe('codeOwner', () => {
  it('names packages, aws-cdk-lib by submodule', () => {
    const url = 'file:///repo/node_modules/aws-cdk-lib/aws-eks-v2/lib/cluster.js';
    expect(codeOwner(url, 'Cluster', root)).toBe('aws-cdk-lib/aws-eks-v2');
    expect(codeOwner('file:///repo/node_modules/zod/v4/core/core.cjs', '', root)).toBe('zod');
    expect(codeOwner('file:///repo/node_modules/@aws-cdk/x/lib/a.js', '', root)).toBe('@aws-cdk/x');
  });

  it('names folders of the repository and parts of node', () => {
    expect(codeOwner('file:///repo/dist/config/load.js', 'loadConfig', root)).toBe('dist/config');
    expect(codeOwner('node:internal/modules/cjs/loader', 'wrapSafe', root)).toBe(
      'node: module loading',
    );
    expect(codeOwner('', '(garbage collector)', root)).toBe('((garbage collector))');
  });
});

describe('selfTimeByOwner', () => {
  it('sums sample time per owner and averages over profiles', () => {
    const profile: CpuProfile = {
      nodes: [
        {
          id: 1,
          callFrame: { url: 'file:///repo/node_modules/yaml/dist/index.js', functionName: '' },
        },
        { id: 2, callFrame: { url: 'file:///repo/dist/app/synth.js', functionName: 'synth' } },
      ],
      samples: [1, 2, 1],
      timeDeltas: [1000, 3000, 2000],
    };
    const totals = selfTimeByOwner([profile, profile], root);
    expect(Object.fromEntries(totals)).toEqual({ yaml: 3, 'dist/app': 3 });
  });
});
