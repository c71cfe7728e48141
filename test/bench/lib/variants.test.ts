import { describe, expect, it } from 'vitest';
import { planVariants, SCENARIOS, type Scenario, schedule } from '../../../bench/lib/variants';

const paths = {
  root: '/repo',
  benchOut: '/repo/bench.out',
  workDir: '/tmp/work',
  configFile: (n: number) => `/tmp/work/fleet-${n}.yaml`,
};
const plan = (scenarios: readonly Scenario[]) => ({
  scenarios: new Set(scenarios),
  clusters: [1, 5, 20],
});

describe('planVariants', () => {
  it('covers every subject, validator setting and fleet size for all scenarios', () => {
    const ids = planVariants(plan(SCENARIOS), paths).map((v) => v.id);
    expect(ids.slice(0, 5)).toEqual([
      'baseline/1/off',
      'ours/1/off',
      'baseline/1/on',
      'ours/1/on',
      'check/1/on',
    ]);
    expect(ids).toHaveLength(15);
  });

  it('measures only our synth of one cluster with the validator off without scenarios', () => {
    expect(planVariants(plan([]), paths).map((v) => v.id)).toEqual(['ours/1/off']);
  });

  it('switches the validator through CDK_VALIDATION and keeps outputs apart', () => {
    const variants = planVariants(plan(['validator', 'baseline']), paths);
    const on = variants.find((v) => v.id === 'ours/1/on');
    const off = variants.find((v) => v.id === 'baseline/1/off');
    expect(on?.invocation.env.CDK_VALIDATION).toBe('true');
    expect(off?.invocation.env.CDK_VALIDATION).toBe('false');
    expect(new Set(variants.map((v) => v.outDir)).size).toBe(variants.length);
  });

  it('runs our synth without its check and the baseline with the fleet size', () => {
    const [baseline, ours] = planVariants(plan(['baseline']), paths);
    expect(ours.invocation.args).toEqual([
      '/repo/bin/eks-platform.js',
      'synth',
      '--config',
      '/tmp/work/fleet-1.yaml',
      '--out',
      ours.outDir,
      '--no-check',
    ]);
    expect(baseline.invocation.args).toEqual(['/repo/bench.out/baseline/app.js']);
    expect(baseline.invocation.env).toMatchObject({
      BASELINE_CLUSTERS: '1',
      CDK_OUTDIR: baseline.outDir,
    });
  });

  it('checks its own copy of the assembly and may exit 1, which means it found errors', () => {
    const check = planVariants(plan(['check']), paths).find((v) => v.subject === 'check');
    expect(check?.invocation.args).toEqual([
      '/repo/bin/eks-platform.js',
      'check',
      '--out',
      check?.outDir,
    ]);
    expect(check?.invocation.okExitCodes).toEqual([0, 1]);
    expect(check?.validation).toBe(false);
  });
});

describe('schedule', () => {
  it('warms up every variant, then interleaves rounds in alternating order', () => {
    const steps = schedule(3, 1, 3).map((s) => `${s.phase[0]}${s.variantIndex}`);
    expect(steps).toEqual(['w0', 'w1', 'w2', 'm0', 'm1', 'm2', 'm2', 'm1', 'm0', 'm0', 'm1', 'm2']);
  });
});
