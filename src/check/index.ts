import { readAssembly } from './assembly/read-assembly';
import { buildFacts } from './model/facts';
import { helmRenderer } from './render/render';
import { RULES } from './rules/registry';
import { runRules } from './runner';
import type { CheckOptions, CheckReport } from './types';

export { albControllerPolicy } from '../addons/aws-load-balancer-controller/published-policy';
export { formatReport, formatSummary } from './format';
export { RULE_CRASHED, RULES } from './rules/registry';
export type { Rule } from './rules/rule';
export type { CheckOptions, CheckReport, Finding, RenderOptions, Severity } from './types';

/**
 * Checks a synthesized cloud assembly (any CDK app's `cdk.out`) for EKS wiring faults.
 * Reads JSON only; throws InputError (ASSEMBLY_UNREADABLE) when the folder is not an assembly.
 */
export function checkAssembly(dir: string, options: CheckOptions = {}): CheckReport {
  const stacks = readAssembly(dir);
  const render = options.render ? helmRenderer(options.render) : undefined;
  return runRules(buildFacts(stacks, render), RULES);
}
