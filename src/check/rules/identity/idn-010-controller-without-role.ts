import { identityOf } from '../helpers/identity';
import type { Rule } from '../rule';

export const controllerWithoutRole: Rule = {
  id: 'EKS-IDN-010',
  kind: 'identity',
  severity: 'error',
  title: 'Controller service account gets no IAM role',
  why: 'Without a role annotation (IRSA) or a Pod Identity association the controller calls AWS with the node role and fails with AccessDenied.',
  fix: 'Put `eks.amazonaws.com/role-arn` under the chart key `serviceAccount.annotations`, or associate the service account with a role through Pod Identity.',
  cases: ['C04'],
  check(facts) {
    return facts.controllers.flatMap((controller) => {
      const sa = controller.serviceAccount;
      if (!controller.release.valuesKnown || !sa) return [];
      if (identityOf(facts, sa).via) return [];
      return [
        {
          resource: controller.release.resource,
          message: `${controller.kind} release '${controller.release.release}' runs as service account '${sa.namespace}/${sa.name}', which has no 'eks.amazonaws.com/role-arn' annotation and no Pod Identity association`,
        },
      ];
    });
  },
};
