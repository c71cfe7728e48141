import { describe, expect, it } from 'vitest';
import { analyze, type VariantResult } from '../../../bench/lib/report';
import { summarize } from '../../../bench/lib/stats';
import { type Subject, variantId } from '../../../bench/lib/variants';

/** A result whose runs all took `wallMs` and peaked at `rssMb` megabytes. */
function result(
  subject: Subject,
  clusters: number,
  validation: boolean,
  wallMs: number,
  rssMb = 100,
): VariantResult {
  const sample = { wallMs, userMs: wallMs, sysMs: 0, maxRssKb: (rssMb * 1e6) / 1024 };
  return {
    id: variantId(subject, clusters, validation),
    subject,
    clusters,
    validation,
    summary: summarize([sample]),
    samples: [sample],
  };
}

describe('analyze', () => {
  const results = [
    result('baseline', 1, false, 1000),
    result('ours', 1, false, 1100),
    result('baseline', 1, true, 5000),
    result('ours', 1, true, 5200, 450),
    result('check', 1, true, 300),
    result('baseline', 20, false, 3000),
    result('ours', 20, false, 4000),
    result('baseline', 20, true, 16000),
    result('ours', 20, true, 16500, 650),
  ];
  const { ratios, scale, targets } = analyze(results);
  const verdict = (prefix: string) => targets.find((t) => t.target.startsWith(prefix));

  it('compares ours with the hand-written app at the same size and validator setting', () => {
    const ratio = ratios.find((r) => r.label === 'ours vs hand-written, 20 cl, validator off');
    expect(ratio?.wall).toBeCloseTo(4000 / 3000);
    expect(verdict('synth within 15% of hand-written, 1 ')).toMatchObject({ met: true });
    expect(verdict('synth within 15% of hand-written, 20 ')).toMatchObject({ met: false });
    // The fixture's CPU time equals its wall time, so both verdict columns agree.
    expect(verdict('synth within 15% of hand-written, 20 ')?.cpu).toBeCloseTo(4000 / 3000);
  });

  it('relates the check to the synth whose assembly it read', () => {
    const check = ratios.find((r) => r.label === 'check vs the synth it checks, 1 cl');
    expect(check).toMatchObject({ numerator: 'check/1/on', denominator: 'ours/1/on' });
    expect(verdict('check under 10%')).toMatchObject({ measured: 300 / 5200, met: true });
  });

  it('costs each added cluster against the one-cluster synth', () => {
    const off = scale.find((s) => s.subject === 'ours' && !s.validation);
    expect(off?.perClusterWallMs).toBeCloseTo((4000 - 1100) / 19);
    const share = verdict('each added cluster under 1/10 of a 1-cluster synth, validator off');
    expect(share).toMatchObject({ met: false });
    expect(share?.measured).toBeCloseTo((4000 - 1100) / 19 / 1100);
  });

  it('holds the 20-cluster fleet with the validator to 600 MB', () => {
    expect(verdict('20 clusters under 600 MB')).toMatchObject({ measured: 650, met: false });
  });

  it('misses a time target when CPU time misses it, even if wall time meets it', () => {
    const busy = [result('baseline', 1, false, 1000), result('ours', 1, false, 1000)];
    const slowCpu = { ...busy[1], summary: { ...busy[1].summary, cpuMs: 1300 } };
    const [verdict] = analyze([busy[0], slowCpu]).targets;
    expect(verdict).toMatchObject({ measured: 1, cpu: 1.3, met: false });
  });

  it('sets no targets it has no measurements for', () => {
    const alone = analyze([result('ours', 1, false, 1000)]);
    expect(alone.targets).toEqual([]);
    expect(alone.ratios).toEqual([]);
  });
});
