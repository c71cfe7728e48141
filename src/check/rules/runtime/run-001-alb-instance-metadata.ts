import { flagValue } from '../../model/controllers';
import type { Rule } from '../rule';

export const albInstanceMetadata: Rule = {
  id: 'EKS-RUN-001',
  kind: 'runtime',
  severity: 'error',
  title: 'Load Balancer Controller left to find region and VPC through instance metadata',
  why: 'Without `region` and `vpcId` the controller asks the instance metadata service; with IMDSv2 and a hop limit of 1 a pod cannot reach it and the controller crash-loops with "failed to get VPC ID".',
  fix: 'Set the chart values `region` and `vpcId` (e.g. from the stack region and the VPC id).',
  cases: ['C07'],
  check(facts) {
    return facts.controllers.flatMap((controller) => {
      if (controller.kind !== 'aws-load-balancer-controller' || !controller.release.valuesKnown) {
        return [];
      }
      const missing = [
        ['region', 'aws-region'],
        ['vpcId', 'aws-vpc-id'],
      ].filter(([, flag]) => !flagValue(controller.args, flag));
      if (missing.length === 0) return [];
      // Launch templates of the same Stage (one cluster per Stage in most apps). Known gap: node
      // groups are not followed to their launch template; that can replace the Stage heuristic.
      const stage = controller.release.resource.stack.stage;
      const templates = facts.launchTemplates.filter((t) => t.resource.stack.stage === stage);
      const reachable = templates.length > 0 && templates.every((t) => (t.hopLimit ?? 1) >= 2);
      return [
        {
          resource: controller.release.resource,
          severity: reachable ? 'warning' : undefined,
          message: `release '${controller.release.release}' sets no ${missing.map(([k]) => `'${k}'`).join(' or ')}; ${reachable ? 'every launch template allows a metadata hop limit of 2 or more, so it works but depends on IMDS' : 'nothing in the assembly lets pods reach instance metadata (no launch template with hop limit 2)'}`,
        },
      ];
    });
  },
};
