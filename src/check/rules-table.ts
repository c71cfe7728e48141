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
    lines.push(`## ${title}`, '', '| id | severity | rule | cases |', '| --- | --- | --- | --- |');
    for (const rule of group) {
      lines.push(
        `| ${rule.id} | ${rule.severity} | ${rule.title} | ${(rule.cases ?? []).join(', ')} |`,
      );
    }
    lines.push('');
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
