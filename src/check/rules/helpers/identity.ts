import type { Facts } from '../../model/facts';
import { type RoleFact, roleOf } from '../../model/iam-roles';
import type { ServiceAccountFact } from '../../model/service-accounts';

/** How a service account's pods get AWS credentials. */
export interface PodIdentity {
  readonly via?: 'irsa' | 'pod-identity';
  /** The role ARN as written (may be symbolic). */
  readonly arn?: string;
  /** The role, when it is part of the assembly. */
  readonly role?: RoleFact;
}

/** The role the pods of a service account run as: its IRSA annotation or a Pod Identity association. */
export function identityOf(facts: Facts, sa: ServiceAccountFact | undefined): PodIdentity {
  if (!sa) return {};
  if (sa.roleArn) {
    return { via: 'irsa', arn: sa.roleArn, role: roleOf(facts.roles, facts.model, sa.roleArn) };
  }
  const association = facts.podIdentities.find(
    (p) =>
      p.namespace === sa.namespace &&
      p.serviceAccount === sa.name &&
      (!p.cluster || !sa.cluster || p.cluster === sa.cluster),
  );
  if (association) {
    return {
      via: 'pod-identity',
      arn: association.roleArn,
      role: roleOf(facts.roles, facts.model, association.roleArn),
    };
  }
  return {};
}

/** Service accounts whose role annotation names a role of the assembly, with that role. */
export function annotatedServiceAccounts(
  facts: Facts,
): { sa: ServiceAccountFact; role: RoleFact }[] {
  return facts.serviceAccounts.flatMap((sa) => {
    const role = sa.roleArn ? roleOf(facts.roles, facts.model, sa.roleArn) : undefined;
    return role ? [{ sa, role }] : [];
  });
}
