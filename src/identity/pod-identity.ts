import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type {
  ServiceAccountRef,
  WorkloadIdentity,
  WorkloadIdentityProps,
} from './workload-identity';

/** Props of a Pod Identity role. */
export interface PodIdentityProps extends WorkloadIdentityProps {
  /**
   * The `eks-pod-identity-agent` add-on the association needs. Pass the cluster's agent when the
   * cluster lives in this stack.
   * @default - none: the agent must already run on the cluster
   */
  readonly agent?: eks.IAddon;
}

/**
 * EKS Pod Identity: a role trusted by `pods.eks.amazonaws.com`, bound to one service account by an
 * `AWS::EKS::PodIdentityAssociation`. The service account needs no annotation.
 * See https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html
 */
export class PodIdentity extends Construct implements WorkloadIdentity {
  readonly mode = 'pod-identity' as const;
  readonly role: iam.Role;
  readonly serviceAccount: ServiceAccountRef;
  readonly serviceAccountAnnotations: Readonly<Record<string, string>> = {};
  readonly readiness: Construct[];

  constructor(scope: Construct, id: string, props: PodIdentityProps) {
    super(scope, id);
    this.role = new iam.Role(this, 'Role', {
      roleName: props.roleName,
      assumedBy: new iam.ServicePrincipal('pods.eks.amazonaws.com'),
      description: `Pod Identity role of ${props.serviceAccount.namespace}/${props.serviceAccount.name}`,
    });
    this.role.assumeRolePolicy?.addStatements(
      new iam.PolicyStatement({
        actions: ['sts:TagSession'],
        principals: [new iam.ServicePrincipal('pods.eks.amazonaws.com')],
      }),
    );

    const association = new eks.CfnPodIdentityAssociation(this, 'Association', {
      clusterName: props.cluster.clusterName,
      namespace: props.serviceAccount.namespace,
      serviceAccount: props.serviceAccount.name,
      roleArn: this.role.roleArn,
    });
    if (props.agent) association.node.addDependency(props.agent);

    this.serviceAccount = props.serviceAccount;
    this.readiness = [this.role, association];
  }
}
