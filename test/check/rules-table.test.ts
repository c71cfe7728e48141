import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check';
import { rulesMarkdown } from '../../src/check/rules-table';

describe('rule registry', () => {
  it('gives every rule a unique namespaced id and the texts a finding needs', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^EKS-(IDN|PRM|CHT|RUN|ORD|WKL|DNS|ZON)-\d{3}$/);
      expect([rule.title, rule.why, rule.fix].every((t) => t.length > 15)).toBe(true);
    }
  });

  it('covers every kind of DESIGN §4 and every handed case C01-C14', () => {
    const kinds = new Set(RULES.map((r) => r.kind));
    expect([...kinds].sort()).toEqual([
      'chart',
      'dns',
      'identity',
      'ordering',
      'permissions',
      'runtime',
      'workloads',
      'zones',
    ]);
    const cases = new Set(RULES.flatMap((r) => r.cases ?? []));
    const all = Array.from({ length: 14 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`);
    expect(all.filter((c) => !cases.has(c))).toEqual([]);
  });

  it('keeps RULES.md generated from the registry (npm run rules)', () => {
    const file = readFileSync(join(__dirname, '../../RULES.md'), 'utf8');
    expect(file).toBe(rulesMarkdown());
  });
});
