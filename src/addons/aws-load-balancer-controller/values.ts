import type { ServiceAccountRef } from '../../identity';

/** What the controller's values are built from. */
export interface ControllerValuesInput {
  readonly clusterName: string;
  readonly region: string;
  readonly vpcId: string;
  readonly replicas: number;
  readonly serviceAccount: ServiceAccountRef;
  readonly serviceAccountAnnotations: Readonly<Record<string, string>>;
}

/**
 * Values for the `aws-load-balancer-controller` chart. Region and VPC id are set so the controller
 * never depends on instance metadata (nodes with IMDSv2 hop limit 1 hide it from pods). Only keys the
 * pinned chart reads: `clusterName`, `region`, `vpcId`, `replicaCount`, `serviceAccount.*`,
 * `ingressClass`, `createIngressClassResource`.
 */
export function controllerValues(input: ControllerValuesInput): Record<string, unknown> {
  return {
    clusterName: input.clusterName,
    region: input.region,
    vpcId: input.vpcId,
    replicaCount: input.replicas,
    ingressClass: 'alb',
    createIngressClassResource: true,
    serviceAccount: {
      create: true,
      name: input.serviceAccount.name,
      annotations: { ...input.serviceAccountAnnotations },
    },
  };
}
