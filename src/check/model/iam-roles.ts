import { type Statement, statementsOf } from '../iam/policy';
import type { Model, Resource } from './model';

/** An IAM role with its trust policy and the identity policies attached in the assembly. */
export interface RoleFact {
  readonly resource: Resource;
  readonly trust: Statement[];
  /** Effective identity statements: inline, attached `AWS::IAM::Policy` and managed policies. */
  readonly permissions: Statement[];
  /** Managed policy ARNs whose content is not in the assembly (e.g. AWS managed policies). */
  readonly externalPolicies: string[];
}

export function readRoles(model: Model): RoleFact[] {
  const roles = model.ofType('AWS::IAM::Role');
  const attached = new Map<Resource, Statement[]>();
  for (const policy of model.ofType('AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy')) {
    const targets = policy.props.Roles;
    if (!Array.isArray(targets)) continue;
    for (const target of targets) {
      const role = roles.find((r) => r.ref === target) ?? model.resourceOf(target);
      if (!role) continue;
      attached.set(role, [
        ...(attached.get(role) ?? []),
        ...statementsOf(policy.props.PolicyDocument),
      ]);
    }
  }
  return roles.map((resource) => {
    const props = resource.props;
    const inline = Array.isArray(props.Policies)
      ? props.Policies.flatMap((p) =>
          statementsOf((p as { PolicyDocument?: unknown }).PolicyDocument),
        )
      : [];
    const managed: Statement[] = [];
    const externalPolicies: string[] = [];
    for (const arn of Array.isArray(props.ManagedPolicyArns) ? props.ManagedPolicyArns : []) {
      const policy = model.resourceOf(arn);
      if (policy?.type === 'AWS::IAM::ManagedPolicy') {
        managed.push(...statementsOf(policy.props.PolicyDocument));
      } else externalPolicies.push(String(arn));
    }
    return {
      resource,
      trust: statementsOf(props.AssumeRolePolicyDocument),
      permissions: [...inline, ...(attached.get(resource) ?? []), ...managed],
      externalPolicies,
    };
  });
}

/** The role an ARN or name points at, when that role is part of the assembly. */
export function roleOf(roles: RoleFact[], model: Model, arn: unknown): RoleFact | undefined {
  const resource = model.resourceOf(arn);
  if (resource) return roles.find((r) => r.resource === resource);
  if (typeof arn !== 'string') return undefined;
  const name = /^arn:[^:]+:iam::[^:]*:role\/(?:.*\/)?([^/]+)$/.exec(arn)?.[1];
  return name ? roles.find((r) => r.resource.props.RoleName === name) : undefined;
}
