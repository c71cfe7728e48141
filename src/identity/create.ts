import * as eks from 'aws-cdk-lib/aws-eks-v2';
import type { Construct } from 'constructs';
import { IrsaIdentity } from './irsa-identity';
import { PodIdentity } from './pod-identity';
import type { IdentityMode, WorkloadIdentity, WorkloadIdentityProps } from './workload-identity';

/**
 * Creates the identity an add-on asked for. For Pod Identity on a cluster built in this app, the
 * cluster's `eks-pod-identity-agent` add-on is created too and the association waits for it.
 */
export function createWorkloadIdentity(
  scope: Construct,
  id: string,
  mode: IdentityMode,
  props: WorkloadIdentityProps,
): WorkloadIdentity {
  if (mode === 'irsa') return new IrsaIdentity(scope, id, props);
  const agent =
    props.cluster instanceof eks.Cluster ? props.cluster.eksPodIdentityAgent : undefined;
  return new PodIdentity(scope, id, { ...props, agent });
}
