import { describe, expect, it } from 'vitest';
import { formatReport, formatSummary } from '../../src/check';
import { buildFacts } from '../../src/check/model/facts';
import type { Rule } from '../../src/check/rules/rule';
import { runRules } from '../../src/check/runner';

const facts = buildFacts([
  {
    key: 'App',
    displayName: 'App',
    template: {
      Resources: { Cluster: { Type: 'AWS::EKS::Cluster', Properties: { Name: 'blue' } } },
    },
    dependencies: [],
    paths: new Map([['Cluster', '/App/Cluster']]),
  },
]);
const base = {
  kind: 'identity',
  title: 't',
  why: 'because it matters',
  fix: 'do the fix',
} as const;
const crashing: Rule = {
  ...base,
  id: 'EKS-TST-001',
  severity: 'error',
  check: () => {
    throw new Error('boom');
  },
};
const warning: Rule = {
  ...base,
  id: 'EKS-TST-002',
  severity: 'warning',
  check: (f) => [{ resource: f.clusters[0].resource, message: 'looks odd' }],
};

describe('runRules', () => {
  const report = runRules(facts, [crashing, warning]);

  it('turns a crashing rule into a finding and runs the other rules', () => {
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['EKS-CHK-001', 'error', 'rule EKS-TST-001 crashed: boom'],
      ['EKS-TST-002', 'warning', 'looks odd'],
    ]);
    expect(report.counts).toEqual({ error: 1, warning: 1 });
  });

  it('places findings with cluster, stack, logical id, path, why and fix', () => {
    expect(report.findings[1]).toEqual({
      ruleId: 'EKS-TST-002',
      severity: 'warning',
      cluster: 'blue',
      stack: 'App',
      logicalId: 'Cluster',
      path: '/App/Cluster',
      message: 'looks odd',
      why: 'because it matters',
      fix: 'do the fix',
    });
  });

  it('formats by cluster and severity, and a one-line summary', () => {
    const text = formatReport(report);
    expect(text).toContain('Cluster blue\n  Warnings (1)');
    expect(text).toContain('Cluster (no cluster)\n  Errors (1)');
    expect(text.indexOf('Errors (1)')).toBeLessThan(text.indexOf('Warnings (1)'));
    expect(text).toContain('EKS-TST-002 warning at App/Cluster (/App/Cluster)');
    expect(formatSummary(report)).toBe(
      'eks-platform check FAILED: 1 error, 1 warning in 1 cluster: EKS-CHK-001, EKS-TST-002',
    );
    expect(formatSummary(runRules(facts, []))).toBe(
      'eks-platform check passed: 0 errors, 0 warnings in 1 cluster',
    );
  });
});
