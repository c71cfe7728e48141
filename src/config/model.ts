import type { EXTERNAL_DNS_POLICIES, KubernetesVersionString } from './schema';

/** One cluster's configuration with every default resolved. Read-only input to the constructs. */
export interface ClusterConfig {
  /** EKS cluster name, also the CDK Stage id. */
  readonly name: string;
  readonly stage: string;
  readonly account: string;
  readonly region: string;
  readonly availabilityZones: readonly string[];
  readonly network: { readonly vpcCidr: string; readonly natGateways: number };
  readonly kubernetesVersion: KubernetesVersionString;
  readonly nodeGroup: {
    readonly instanceTypes: readonly string[];
    readonly minSize: number;
    readonly desiredSize: number;
    readonly maxSize: number;
  };
  readonly adminPrincipalArns: readonly string[];
  readonly dns: { readonly zoneId: string; readonly zoneName: string };
  readonly externalDns: {
    readonly domainFilters: readonly string[];
    readonly policy: (typeof EXTERNAL_DNS_POLICIES)[number];
    readonly txtOwnerId: string;
  };
  readonly loadBalancerController: { readonly replicas: number };
  readonly samples: {
    readonly enabled: boolean;
    readonly serviceHostName: string;
    readonly ingressHostName: string;
  };
}

export interface PlatformConfig {
  readonly clusters: readonly ClusterConfig[];
}

/** True when `name` is `domain` itself or a name below it. */
export function isWithinDomain(name: string, domain: string): boolean {
  return name === domain || name.endsWith(`.${domain}`);
}
