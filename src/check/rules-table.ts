import { RULE_CRASHED, RULES } from './rules/registry';
import { KIND_TITLES, type Rule } from './rules/rule';

/** RULES.md, generated from the registry (`npm run rules`); a test keeps the file current. */
export function rulesMarkdown(rules: readonly Omit<Rule, 'check'>[] = [...RULES, RULE_CRASHED]) {
  const lines = [
    '# Rules of `eks-platform check`',
    '',
    '<!-- Generated from src/check/rules/registry.ts by `npm run rules`; do not edit. -->',
    '',
    'Each finding names its rule, severity, the stack and logical id (and construct path when the',
    'assembly has it), what is wrong with which values, why it matters and how to fix it. Rule ids',
    'are stable. Kinds follow DESIGN §4; cases refer to shared/cases.',
    '',
  ];
  for (const [kind, title] of Object.entries(KIND_TITLES)) {
    const group = rules.filter((r) => r.kind === kind);
    if (group.length === 0) continue;
    const rows = group.map((r) => [r.id, r.severity, r.title, (r.cases ?? []).join(', ')]);
    lines.push(`## ${title}`, '', ...table(['id', 'severity', 'rule', 'cases'], rows), '');
    for (const rule of group) {
      lines.push(
        `### ${rule.id}: ${rule.title}`,
        '',
        `- **Why:** ${rule.why}`,
        `- **Fix:** ${rule.fix}`,
        '',
      );
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A Markdown table with padded columns, as the repository formatter writes it. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, 3, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
