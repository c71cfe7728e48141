export { createWorkloadIdentity } from './create';
export { IrsaIdentity, STS_AUDIENCE, serviceAccountSubject } from './irsa-identity';
export { PodIdentity, type PodIdentityProps } from './pod-identity';
export type {
  IdentityMode,
  ServiceAccountRef,
  WorkloadIdentity,
  WorkloadIdentityProps,
} from './workload-identity';
