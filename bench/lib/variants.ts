import { join } from 'node:path';
import type { Invocation } from './measure';

/** The parts of the matrix a bench run covers; see docs/bench.md. */
export type Scenario = 'baseline' | 'validator' | 'check' | 'scale';
export const SCENARIOS: readonly Scenario[] = ['baseline', 'validator', 'check', 'scale'];

export type Subject = 'ours' | 'baseline' | 'check';

/** One thing measured: a program, a fleet size and whether the CloudFormation validator runs. */
export interface Variant {
  readonly id: string;
  readonly subject: Subject;
  readonly clusters: number;
  /** For `check`: whether the synth that made the checked assembly ran the validator. */
  readonly validation: boolean;
  readonly invocation: Invocation;
  /** Written by a synth (emptied before every run) or read by a check. */
  readonly outDir: string;
}

export interface VariantPlan {
  readonly scenarios: ReadonlySet<Scenario>;
  /** Fleet sizes, ascending; only the smallest is used without the `scale` scenario. */
  readonly clusters: readonly number[];
}

/** Where things are: the repository, the compiled bench, and a scratch dir for this run. */
export interface BenchPaths {
  readonly root: string;
  readonly benchOut: string;
  readonly workDir: string;
  /** The config file for a fleet of n clusters (written before the run starts). */
  readonly configFile: (clusters: number) => string;
}

/** `eks-platform check --out <assembly>`, as the check command (branch `check`) takes it. */
const checkArgs = (dir: string) => ['check', '--out', dir];

export function variantId(subject: Subject, clusters: number, validation: boolean): string {
  return `${subject}/${clusters}/${validation ? 'on' : 'off'}`;
}

/**
 * The variants of a run in round order: per fleet size, validator off before on, the baseline
 * before ours, then the check of our assembly.
 */
export function planVariants(plan: VariantPlan, paths: BenchPaths): Variant[] {
  const sizes = plan.scenarios.has('scale') ? plan.clusters : plan.clusters.slice(0, 1);
  const validations = plan.scenarios.has('validator') ? [false, true] : [false];
  const subjects: Subject[] = plan.scenarios.has('baseline') ? ['baseline', 'ours'] : ['ours'];
  const baseEnv = inheritedEnv();
  const variants: Variant[] = [];

  for (const clusters of sizes) {
    for (const validation of validations) {
      for (const subject of subjects) {
        const id = variantId(subject, clusters, validation);
        const outDir = join(paths.workDir, id.replaceAll('/', '-'));
        const env = { ...baseEnv, CDK_VALIDATION: validation ? 'true' : 'false' };
        const invocation: Invocation =
          subject === 'baseline'
            ? {
                args: [join(paths.benchOut, 'baseline', 'app.js')],
                env: { ...env, CDK_OUTDIR: outDir, BASELINE_CLUSTERS: String(clusters) },
                cwd: paths.root,
                okExitCodes: [0],
              }
            : {
                args: [
                  join(paths.root, 'bin', 'eks-platform.js'),
                  ...['synth', '--config', paths.configFile(clusters), '--out', outDir],
                  '--no-check',
                ],
                env,
                cwd: paths.root,
                okExitCodes: [0],
              };
        variants.push({ id, subject, clusters, validation, invocation, outDir });
      }
    }
    if (plan.scenarios.has('check')) {
      // The check reads the assembly of the synth a user runs by default: validator on if measured.
      const validation = validations[validations.length - 1];
      const id = variantId('check', clusters, validation);
      const outDir = join(paths.workDir, id.replaceAll('/', '-'));
      variants.push({
        id,
        subject: 'check',
        clusters,
        validation,
        outDir,
        invocation: {
          args: [join(paths.root, 'bin', 'eks-platform.js'), ...checkArgs(outDir)],
          env: baseEnv,
          cwd: paths.root,
          okExitCodes: [0, 1],
        },
      });
    }
  }
  return variants;
}

/** The synth variant whose assembly a check variant reads. */
export function checkedSynthId(check: Variant): string {
  return variantId('ours', check.clusters, check.validation);
}

/** The parent's environment minus what the bench sets per variant. */
function inheritedEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key === 'CDK_VALIDATION' || key === 'CDK_OUTDIR') continue;
    if (key.startsWith('BASELINE_') || key === 'BENCH_PROBE_FILE') continue;
    env[key] = value;
  }
  return env;
}

/** One scheduled run: warm-ups first, then measured rounds whose order flips every round. */
export interface ScheduledRun {
  readonly variantIndex: number;
  readonly phase: 'warmup' | 'measure';
  readonly round: number;
}

/**
 * Interleaves the variants so slow drift on the machine spreads over all of them: each round runs
 * every variant once, and every other measured round runs them in reverse (ABC CBA ABC ...).
 */
export function schedule(variantCount: number, warmups: number, runs: number): ScheduledRun[] {
  const order = Array.from({ length: variantCount }, (_, i) => i);
  const plan: ScheduledRun[] = [];
  for (let round = 0; round < warmups; round++) {
    for (const variantIndex of order) plan.push({ variantIndex, phase: 'warmup', round });
  }
  for (let round = 0; round < runs; round++) {
    const sequence = round % 2 === 0 ? order : [...order].reverse();
    for (const variantIndex of sequence) plan.push({ variantIndex, phase: 'measure', round });
  }
  return plan;
}
