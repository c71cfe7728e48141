import type { CheckReport, Finding, Severity } from './types';

/** The report for people: grouped by cluster, then severity, one block per finding. */
export function formatReport(report: CheckReport): string {
  if (report.findings.length === 0) {
    return `eks-platform check: no findings (${clusterCount(report)}).\n`;
  }
  const lines: string[] = [];
  const byCluster = groupBy(report.findings, (f) => f.cluster ?? '(no cluster)');
  for (const [cluster, findings] of byCluster) {
    lines.push(`Cluster ${cluster}`);
    for (const severity of ['error', 'warning'] as Severity[]) {
      const group = findings.filter((f) => f.severity === severity);
      if (group.length === 0) continue;
      lines.push(`  ${severity === 'error' ? 'Errors' : 'Warnings'} (${group.length})`);
      for (const finding of group) lines.push(...formatFinding(finding));
    }
    lines.push('');
  }
  lines.push(formatSummary(report));
  return `${lines.join('\n')}\n`;
}

function formatFinding(f: Finding): string[] {
  const where = `${f.stack}${f.logicalId ? `/${f.logicalId}` : ''}${f.path ? ` (${f.path})` : ''}`;
  return [
    `    ${f.ruleId} ${f.severity} at ${where}`,
    `      ${f.message}`,
    `      why: ${f.why}`,
    `      fix: ${f.fix}`,
  ];
}

/** One line for the end of `synth`: counts and the rule ids that fired. */
export function formatSummary(report: CheckReport): string {
  const { error, warning } = report.counts;
  const ids = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const status = error > 0 ? 'FAILED' : 'passed';
  const detail = ids.length ? `: ${ids.join(', ')}` : '';
  return `eks-platform check ${status}: ${plural(error, 'error')}, ${plural(warning, 'warning')} in ${clusterCount(report)}${detail}`;
}

function clusterCount(report: CheckReport): string {
  return plural(report.clusters.length, 'cluster');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
