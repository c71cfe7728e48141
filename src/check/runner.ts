import { clusterNamed } from './model/eks';
import type { Facts } from './model/facts';
import type { Resource } from './model/model';
import { RULE_CRASHED } from './rules/registry';
import type { Hit, Rule } from './rules/rule';
import type { CheckReport, Finding } from './types';

/** Runs each rule on the facts; a rule that throws becomes an EKS-CHK-001 finding. */
export function runRules(facts: Facts, rules: readonly Rule[]): CheckReport {
  const findings: Finding[] = [];
  for (const rule of rules) {
    let hits: Hit[];
    try {
      hits = rule.check(facts);
    } catch (error) {
      findings.push({
        ruleId: RULE_CRASHED.id,
        severity: RULE_CRASHED.severity,
        stack: '(assembly)',
        message: `rule ${rule.id} crashed: ${(error as Error)?.message ?? String(error)}`,
        why: RULE_CRASHED.why,
        fix: RULE_CRASHED.fix,
      });
      continue;
    }
    for (const hit of hits) findings.push(toFinding(facts, rule, hit));
  }
  findings.sort(byClusterSeverityRule);
  const clusters = [...new Set(facts.clusters.map((c) => c.name))];
  return {
    clusters,
    findings,
    counts: {
      error: findings.filter((f) => f.severity === 'error').length,
      warning: findings.filter((f) => f.severity === 'warning').length,
    },
  };
}

function toFinding(facts: Facts, rule: Rule, hit: Hit): Finding {
  const resource = hit.resource;
  const cluster = hit.cluster ?? clusterOf(facts, resource);
  return {
    ruleId: rule.id,
    severity: hit.severity ?? rule.severity,
    ...(cluster ? { cluster } : {}),
    stack: resource.stack.displayName,
    logicalId: resource.logicalId,
    ...(resource.path ? { path: resource.path } : {}),
    message: hit.message,
    why: rule.why,
    fix: rule.fix,
  };
}

/** The cluster a resource belongs to: named by it, in its stack, or in its stage. */
function clusterOf(facts: Facts, resource: Resource): string | undefined {
  const named = clusterNamed(facts.clusters, resource.props.ClusterName);
  if (named) return named.name;
  const self = facts.clusters.find((c) => c.resource === resource);
  if (self) return self.name;
  const sameStack = facts.clusters.filter((c) => c.resource.stack === resource.stack);
  if (sameStack.length === 1) return sameStack[0].name;
  const sameStage = facts.clusters.filter((c) => c.resource.stack.stage === resource.stack.stage);
  if (sameStage.length === 1) return sameStage[0].name;
  return resource.stack.stage;
}

function byClusterSeverityRule(a: Finding, b: Finding): number {
  return (
    (a.cluster ?? '').localeCompare(b.cluster ?? '') ||
    (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.stack.localeCompare(b.stack) ||
    (a.logicalId ?? '').localeCompare(b.logicalId ?? '')
  );
}
