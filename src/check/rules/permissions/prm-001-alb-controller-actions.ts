import { albCallsFor, albTableCovers } from '../../data/alb-controller-iam';
import { evaluate } from '../../iam/policy';
import { controllerVersion } from '../helpers/controllers';
import { identityOf } from '../helpers/identity';
import type { Rule } from '../rule';

export const albControllerPermissions: Rule = {
  id: 'EKS-PRM-001',
  kind: 'permissions',
  severity: 'error',
  title: 'Load Balancer Controller role misses calls its version makes',
  why: 'Each controller release calls more AWS APIs than the one before; with an older policy the controller fails at run time with AccessDenied (e.g. on elasticloadbalancing:DescribeListenerAttributes from v2.9).',
  fix: 'Attach the IAM policy published for the installed controller version (docs/install/iam_policy.json of that release); keep version and policy in one pair so they move together.',
  cases: ['C05'],
  check(facts) {
    return facts.controllers.flatMap((controller) => {
      if (controller.kind !== 'aws-load-balancer-controller') return [];
      const version = controllerVersion(controller);
      const role = identityOf(facts, controller.serviceAccount).role;
      if (!version || !role || !albTableCovers(version)) return [];
      const denied = new Set<string>();
      const missing = new Set<string>();
      for (const call of albCallsFor(version)) {
        const decision = evaluate(role.permissions, call);
        if (decision === 'explicit-deny') denied.add(call.action);
        if (decision === 'implicit-deny') missing.add(call.action);
      }
      if (missing.size + denied.size === 0) return [];
      const unknown = role.externalPolicies.length > 0;
      const parts = [
        missing.size ? `misses ${listSome([...missing])}` : '',
        denied.size ? `denies ${listSome([...denied])}` : '',
      ].filter(Boolean);
      return [
        {
          resource: role.resource,
          severity: unknown ? 'warning' : undefined,
          message: `role '${role.resource.logicalId}' of aws-load-balancer-controller v${version} (release '${controller.release.release}') ${parts.join('; ')}${unknown ? ` (unless managed policies ${role.externalPolicies.join(', ')} grant them)` : ''}`,
        },
      ];
    });
  },
};

function listSome(actions: string[], max = 12): string {
  const shown = actions.slice(0, max).join(', ');
  return actions.length > max ? `${shown} and ${actions.length - max} more` : shown;
}
