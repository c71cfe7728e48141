import { describe, expect, it } from 'vitest';
import type { BenchReport } from '../../../bench/lib/report';
import { summarize } from '../../../bench/lib/stats';
import { markdownTable, renderMarkdown, renderProfile } from '../../../bench/lib/table';

describe('markdownTable', () => {
  it('aligns the text columns left and the numbers right', () => {
    expect(markdownTable(['name', 'kind', 'n'], [['a', 'b', '1']], 2)).toBe(
      ['| name | kind | n |', '| --- | --- | ---: |', '| a | b | 1 |'].join('\n'),
    );
  });
});

describe('renderMarkdown', () => {
  const sample = { wallMs: 1500, userMs: 1200, sysMs: 300, maxRssKb: 97_656.25 };
  const report: BenchReport = {
    meta: { runs: 1 },
    results: [
      {
        id: 'ours/1/off',
        subject: 'ours',
        clusters: 1,
        validation: false,
        summary: summarize([sample]),
        samples: [sample],
      },
    ],
    ratios: [],
    scale: [],
    targets: [
      {
        target: 'check under 10% of its synth',
        measured: 0.2,
        cpu: 0.15,
        limit: 0.1,
        unit: 'ratio',
        met: false,
      },
    ],
    resources: [
      {
        clusters: 1,
        oursTotal: 2,
        baselineTotal: 1,
        differences: [{ stack: 'Addons', type: 'AWS::IAM::Policy', ours: 1, baseline: 0 }],
        propertyDifferences: [{ key: 'Addons AWS::IAM::Policy', differing: 1 }],
      },
    ],
  };
  const markdown = renderMarkdown(report);

  it('prints medians in seconds and megabytes', () => {
    expect(markdown).toContain('| ours | off | 1 | 1.50 | 1.50 | 100 | 0.0% |');
  });

  it('marks a missed target', () => {
    const row = '| check under 10% of its synth | 0.20× | 0.15× | 0.10× | **no** |';
    expect(markdown).toContain(row);
  });

  it('lists where the resources of ours and the hand-written app differ', () => {
    expect(markdown).toContain('## Same resources? 1 cluster(s): ours 2, hand-written 1');
    expect(markdown).toContain('| Addons | AWS::IAM::Policy | 1 | 0 |');
    expect(markdown).toContain('construct paths): Addons AWS::IAM::Policy (1).');
  });
});

describe('renderProfile', () => {
  it('lists code owners with both self times, their difference and the totals', () => {
    const markdown = renderProfile({
      subject: 'ours/1/off',
      against: 'baseline/1/off',
      runs: 3,
      rows: [
        { owner: 'zod', subjectMs: 120.4, againstMs: 0 },
        { owner: 'aws-cdk-lib/core', subjectMs: 400, againstMs: 410 },
      ],
    });
    expect(markdown).toContain('| zod | 120 | 0 | 120 |');
    expect(markdown).toContain('| **total** | 520 | 410 | 110 |');
  });
});
