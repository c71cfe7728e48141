import { ALB_TABLE_FROM, ALB_TABLE_UNTIL, albTableCovers } from '../../data/alb-controller-iam';
import { controllerVersion } from '../helpers/controllers';
import type { Rule } from '../rule';

export const unknownControllerVersion: Rule = {
  id: 'EKS-PRM-004',
  kind: 'permissions',
  severity: 'warning',
  title: 'No permission table for this controller version',
  why: 'The check can only prove a policy complete for versions whose calls it knows; a newer controller may call APIs the policy lacks.',
  fix: `Pin a controller version from ${ALB_TABLE_FROM} to ${ALB_TABLE_UNTIL}, or compare the role with the policy published for your version.`,
  check(facts) {
    return facts.controllers.flatMap((controller) => {
      if (controller.kind !== 'aws-load-balancer-controller') return [];
      const version = controllerVersion(controller);
      if (!version || albTableCovers(version)) return [];
      return [
        {
          resource: controller.release.resource,
          message: `aws-load-balancer-controller v${version} (release '${controller.release.release}') is outside the known versions ${ALB_TABLE_FROM}-${ALB_TABLE_UNTIL}; its permissions were not checked`,
        },
      ];
    });
  },
};
