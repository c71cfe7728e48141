import type { ResourceDifference } from './resources';
import { perAddedCluster, type Sample, type Summary } from './stats';
import { type Subject, variantId } from './variants';

/** A variant's measured samples and their medians. */
export interface VariantResult {
  readonly id: string;
  readonly subject: Subject;
  readonly clusters: number;
  readonly validation: boolean;
  readonly summary: Summary;
  readonly samples: readonly Sample[];
}

/** numerator / denominator of the medians: wall time, CPU time and peak memory. */
export interface Ratio {
  readonly label: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly wall: number;
  readonly cpu: number;
  readonly rss: number;
}

/** Cost of one added cluster, absolute and as a share of a one-cluster synth. */
export interface ScaleRow {
  readonly subject: Subject;
  readonly validation: boolean;
  readonly fromClusters: number;
  readonly toClusters: number;
  readonly firstWallMs: number;
  readonly perClusterWallMs: number;
  readonly firstCpuMs: number;
  readonly perClusterCpuMs: number;
  readonly firstRssKb: number;
  readonly perClusterRssKb: number;
}

/**
 * A target from the issue and whether this run met it. Time targets are judged on wall time, as
 * stated; `cpu` gives the same quantity on CPU time, which a busy machine distorts less.
 */
export interface TargetResult {
  readonly target: string;
  readonly measured: number;
  readonly cpu?: number;
  readonly limit: number;
  readonly unit: 'ratio' | 'MB';
  readonly met: boolean;
}

export interface ResourceComparison {
  readonly clusters: number;
  readonly oursTotal: number;
  readonly baselineTotal: number;
  readonly differences: readonly ResourceDifference[];
}

export interface BenchReport {
  readonly meta: Readonly<Record<string, string | number>>;
  readonly results: readonly VariantResult[];
  readonly ratios: readonly Ratio[];
  readonly scale: readonly ScaleRow[];
  readonly targets: readonly TargetResult[];
  readonly resources: readonly ResourceComparison[];
}

const KIB_PER_MB = 1e6 / 1024;

/** Derives every ratio, per-cluster cost and target verdict the results allow. */
export function analyze(
  results: readonly VariantResult[],
): Pick<BenchReport, 'ratios' | 'scale' | 'targets'> {
  const byId = new Map(results.map((r) => [r.id, r]));
  const get = (s: Subject, n: number, v: boolean) => byId.get(variantId(s, n, v));
  const sizes = [...new Set(results.map((r) => r.clusters))].sort((a, b) => a - b);
  const ratios: Ratio[] = [];
  const ratio = (label: string, a: VariantResult | undefined, b: VariantResult | undefined) => {
    if (!a || !b) return undefined;
    const r: Ratio = {
      label,
      numerator: a.id,
      denominator: b.id,
      wall: a.summary.wallMs / b.summary.wallMs,
      cpu: a.summary.cpuMs / b.summary.cpuMs,
      rss: a.summary.maxRssKb / b.summary.maxRssKb,
    };
    ratios.push(r);
    return r;
  };
  const targets: TargetResult[] = [];
  const target = (
    name: string,
    measured: number,
    limit: number,
    unit: 'ratio' | 'MB',
    cpu?: number,
  ) => targets.push({ target: name, measured, cpu, limit, unit, met: measured < limit });

  for (const v of [false, true]) {
    for (const n of sizes) {
      const r = ratio(`ours vs hand-written, ${n} cl, validator ${onOff(v)}`, ...pair(get, n, v));
      if (r && !v && (n === sizes[0] || n === sizes[sizes.length - 1])) {
        target(
          `synth within 15% of hand-written, ${n} cluster(s), validator off`,
          r.wall,
          1.15,
          'ratio',
        );
      }
    }
  }
  for (const s of ['baseline', 'ours'] as const) {
    for (const n of sizes)
      ratio(`validator on vs off, ${s}, ${n} cl`, get(s, n, true), get(s, n, false));
  }
  for (const n of sizes) {
    const check = results.find((r) => r.subject === 'check' && r.clusters === n);
    if (!check) continue;
    const checked = ratio(
      `check vs the synth it checks, ${n} cl`,
      check,
      get('ours', n, check.validation),
    );
    if (checked)
      target(`check under 10% of its synth, ${n} cluster(s)`, checked.wall, 0.1, 'ratio');
    if (check.validation)
      ratio(`check vs synth with validator off, ${n} cl`, check, get('ours', n, false));
  }

  const scale: ScaleRow[] = [];
  const [small, large] = [sizes[0], sizes[sizes.length - 1]];
  for (const s of ['baseline', 'ours'] as const) {
    for (const v of [false, true]) {
      const [a, b] = [get(s, small, v), get(s, large, v)];
      if (!a || !b || small === large) continue;
      const per = (pick: (x: Summary) => number) =>
        perAddedCluster(
          { clusters: small, value: pick(a.summary) },
          { clusters: large, value: pick(b.summary) },
        );
      const row: ScaleRow = {
        subject: s,
        validation: v,
        fromClusters: small,
        toClusters: large,
        firstWallMs: a.summary.wallMs,
        perClusterWallMs: per((x) => x.wallMs),
        firstCpuMs: a.summary.cpuMs,
        perClusterCpuMs: per((x) => x.cpuMs),
        firstRssKb: a.summary.maxRssKb,
        perClusterRssKb: per((x) => x.maxRssKb),
      };
      scale.push(row);
      if (s === 'ours') {
        const share = row.perClusterWallMs / row.firstWallMs;
        target(
          `each added cluster under 1/10 of a ${small}-cluster synth, validator ${onOff(v)}`,
          share,
          0.1,
          'ratio',
        );
      }
    }
  }
  const fleet = get('ours', large, true);
  if (fleet && large >= 20) {
    target(
      `${large} clusters under 600 MB peak, validator on`,
      fleet.summary.maxRssKb / KIB_PER_MB,
      600,
      'MB',
    );
  }
  return { ratios, scale, targets };
}

function pair(
  get: (s: Subject, n: number, v: boolean) => VariantResult | undefined,
  n: number,
  v: boolean,
): [VariantResult | undefined, VariantResult | undefined] {
  return [get('ours', n, v), get('baseline', n, v)];
}

export function onOff(validation: boolean): string {
  return validation ? 'on' : 'off';
}

/** Kibibytes as megabytes (10^6 bytes), the unit the targets use. */
export function toMb(kib: number): number {
  return kib / KIB_PER_MB;
}
