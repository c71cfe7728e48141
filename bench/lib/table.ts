import type { ProfileComparison } from './profile-run';
import { type BenchReport, onOff, type ResourceComparison, toMb } from './report';

/**
 * A markdown table of formatted cells: the first `textColumns` columns align left, the numbers
 * after them right.
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  textColumns = 1,
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (i < textColumns ? '---' : '---:'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const mb = (kib: number) => toMb(kib).toFixed(0);
const times = (r: number) => `${r.toFixed(2)}×`;
const percent = (r: number) => `${(r * 100).toFixed(1)}%`;

/** The whole report as markdown: runs, ratios, per-cluster cost, targets and resource parity. */
export function renderMarkdown(report: BenchReport): string {
  const meta = Object.entries(report.meta)
    .map(([k, v]) => `${k} ${v}`)
    .join(' · ');
  const sections = [`# eks-platform bench\n\n${meta}`];

  sections.push(
    '## Medians per variant',
    markdownTable(
      ['variant', 'validator', 'clusters', 'wall s', 'CPU s', 'peak MB', 'spread'],
      report.results.map((r) => [
        r.subject,
        r.subject === 'check' ? `(${onOff(r.validation)})` : onOff(r.validation),
        String(r.clusters),
        seconds(r.summary.wallMs),
        seconds(r.summary.cpuMs),
        mb(r.summary.maxRssKb),
        percent(r.summary.wallSpread),
      ]),
      2,
    ),
  );

  sections.push(
    '## Ratios',
    markdownTable(
      ['comparison', 'wall', 'CPU', 'peak memory'],
      report.ratios.map((r) => [r.label, times(r.wall), times(r.cpu), times(r.rss)]),
    ),
  );

  if (report.scale.length > 0) {
    sections.push(
      '## Per added cluster',
      markdownTable(
        [
          'subject',
          'validator',
          'fleet',
          'first s',
          'added s',
          'share',
          'CPU share',
          'first MB',
          'added MB',
        ],
        report.scale.map((s) => [
          s.subject,
          onOff(s.validation),
          `${s.fromClusters}→${s.toClusters}`,
          seconds(s.firstWallMs),
          seconds(s.perClusterWallMs),
          percent(s.perClusterWallMs / s.firstWallMs),
          percent(s.perClusterCpuMs / s.firstCpuMs),
          mb(s.firstRssKb),
          mb(s.perClusterRssKb),
        ]),
        3,
      ),
    );
  }

  if (report.targets.length > 0) {
    sections.push(
      '## Targets',
      markdownTable(
        ['target', 'wall or memory', 'CPU', 'limit', 'met'],
        report.targets.map((t) => [
          t.target,
          t.unit === 'MB' ? `${t.measured.toFixed(0)} MB` : times(t.measured),
          t.cpu === undefined ? '' : times(t.cpu),
          t.unit === 'MB' ? `${t.limit} MB` : times(t.limit),
          t.met ? 'yes' : '**no**',
        ]),
      ),
    );
  }

  for (const r of report.resources) {
    const totals = `ours ${r.oursTotal}, hand-written ${r.baselineTotal}`;
    sections.push(`## Same resources? ${r.clusters} cluster(s): ${totals}`, resourceParity(r));
  }
  return `${sections.join('\n\n')}\n`;
}

/** Where the CPU time of two programs differs, by code owner, the largest differences first. */
export function renderProfile(comparison: ProfileComparison, limit = 15): string {
  const ms = (n: number) => n.toFixed(0);
  const head = `## CPU self time: ${comparison.subject} vs ${comparison.against}`;
  const note = `Mean of ${comparison.runs} profiled run(s) each, in ms; profiling slows code down.`;
  const total = (pick: (r: ProfileComparison['rows'][number]) => number) =>
    comparison.rows.reduce((sum, r) => sum + pick(r), 0);
  const rows = comparison.rows
    .slice(0, limit)
    .map((r) => [r.owner, ms(r.subjectMs), ms(r.againstMs), ms(r.subjectMs - r.againstMs)]);
  const [a, b] = [total((r) => r.subjectMs), total((r) => r.againstMs)];
  rows.push(['**total**', ms(a), ms(b), ms(a - b)]);
  const table = markdownTable(['code', comparison.subject, comparison.against, 'difference'], rows);
  return `${head}\n\n${note}\n\n${table}\n`;
}

function resourceParity(r: ResourceComparison): string {
  const counts =
    r.differences.length === 0
      ? 'Every stack creates the same number of resources of each type.'
      : markdownTable(
          ['stack', 'type', 'ours', 'hand-written'],
          r.differences.map((d) => [d.stack, d.type, String(d.ours), String(d.baseline)]),
          2,
        );
  const differing = r.propertyDifferences;
  if (differing === undefined) return counts;
  if (differing.length === 0) {
    return `${counts} Their properties are the same too, apart from logical ids and construct paths.`;
  }
  const list = differing.map((d) => `${d.key} (${d.differing})`).join(', ');
  return `${counts}\n\nResources whose properties differ (apart from logical ids and construct paths): ${list}.`;
}
