import { CfnJson } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type {
  ServiceAccountRef,
  WorkloadIdentity,
  WorkloadIdentityProps,
} from './workload-identity';

/** The audience EKS puts in projected service account tokens for STS. */
export const STS_AUDIENCE = 'sts.amazonaws.com';

/** The `sub` claim Kubernetes writes into a service account's token. */
export function serviceAccountSubject(sa: ServiceAccountRef): string {
  return `system:serviceaccount:${sa.namespace}:${sa.name}`;
}

/**
 * IAM Roles for Service Accounts: a role trusted through the cluster's OIDC provider by exactly one
 * service account, with `StringEquals` on both the `sub` and the `aud` claim.
 *
 * The condition keys start with the issuer, a deploy-time value, so they are written through a
 * `CfnJson` resource. See https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html
 */
export class IrsaIdentity extends Construct implements WorkloadIdentity {
  readonly mode = 'irsa' as const;
  readonly role: iam.Role;
  readonly serviceAccount: ServiceAccountRef;
  readonly serviceAccountAnnotations: Readonly<Record<string, string>>;
  readonly readiness: Construct[];

  constructor(scope: Construct, id: string, props: WorkloadIdentityProps) {
    super(scope, id);
    const provider = props.cluster.openIdConnectProvider;
    const issuer = provider.openIdConnectProviderIssuer;

    const conditions = new CfnJson(this, 'TrustConditions', {
      value: {
        [`${issuer}:sub`]: serviceAccountSubject(props.serviceAccount),
        [`${issuer}:aud`]: STS_AUDIENCE,
      },
    });
    this.role = new iam.Role(this, 'Role', {
      roleName: props.roleName,
      assumedBy: new iam.OpenIdConnectPrincipal(provider).withConditions({
        StringEquals: conditions,
      }),
      description: `IRSA role of ${props.serviceAccount.namespace}/${props.serviceAccount.name}`,
    });

    this.serviceAccount = props.serviceAccount;
    this.serviceAccountAnnotations = { 'eks.amazonaws.com/role-arn': this.role.roleArn };
    this.readiness = [this.role];
  }
}
