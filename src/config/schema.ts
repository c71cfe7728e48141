import { z } from 'zod';

/**
 * Kubernetes versions a cluster may run. The kubectl layer we ship (kubectl 1.35 from
 * `@aws-cdk/lambda-layer-kubectl-v35`) supports one minor version of skew, so 1.34 to 1.36 are the
 * versions its Helm and kubectl calls are guaranteed to work against.
 */
export const KUBERNETES_VERSIONS = ['1.34', '1.35', '1.36'] as const;
export type KubernetesVersionString = (typeof KUBERNETES_VERSIONS)[number];
export const DEFAULT_KUBERNETES_VERSION: KubernetesVersionString = '1.35';

export const EXTERNAL_DNS_POLICIES = ['upsert-only', 'sync', 'create-only'] as const;

const DNS_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const CIDR = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}\/(\d|[12]\d|3[0-2])$/;

const dnsName = (what: string) =>
  z.string().regex(DNS_NAME, `a lower-case DNS name such as 'example.com' (${what})`);

const network = z
  .strictObject({
    vpcCidr: z
      .string()
      .regex(CIDR, 'an IPv4 CIDR block such as 10.0.0.0/16')
      .refine((cidr) => {
        const prefix = Number(cidr.split('/')[1]);
        return prefix >= 16 && prefix <= 20;
      }, 'a prefix from /16 to /20 (room for public and private subnets in every zone)')
      .default('10.0.0.0/16')
      .describe('IPv4 CIDR of the VPC.'),
    natGateways: z
      .int()
      .min(1, 'at least 1 (nodes in private subnets need a way out to pull images)')
      .default(1)
      .describe('NAT gateways; at most one per availability zone.'),
  })
  .describe('The VPC: public subnets for load balancers, private subnets for nodes.');

const nodeGroup = z
  .strictObject({
    instanceTypes: z
      .array(
        z.string().regex(/^[a-z][a-z0-9-]*\.[a-z0-9]+$/, 'an EC2 instance type such as m6i.large'),
      )
      .min(1)
      .default(['m6i.large'])
      .describe('EC2 instance types of the managed node group (AL2023).'),
    minSize: z.int().min(0).default(2),
    desiredSize: z.int().min(0).default(2),
    maxSize: z.int().min(1).max(450).default(4),
  })
  .refine((g) => g.minSize <= g.desiredSize, {
    message: 'at most desiredSize (minSize <= desiredSize <= maxSize)',
    path: ['minSize'],
  })
  .refine((g) => g.desiredSize <= g.maxSize, {
    message: 'at most maxSize (minSize <= desiredSize <= maxSize)',
    path: ['desiredSize'],
  })
  .describe('The managed node group.');

const dns = z
  .strictObject({
    zoneId: z
      .string()
      .regex(/^Z[A-Z0-9]{1,31}$/, "a Route 53 hosted zone id such as 'Z0123456789ABCDEFGHIJ'")
      .describe('Id of the public hosted zone ExternalDNS may write to.'),
    zoneName: dnsName('the hosted zone name').describe('Name of that hosted zone.'),
  })
  .describe('The one hosted zone this cluster owns records in.');

const externalDns = z
  .strictObject({
    domainFilters: z
      .array(dnsName('a domain filter'))
      .min(1)
      .optional()
      .describe('Domains ExternalDNS manages. Default: the zone name.'),
    policy: z
      .enum(EXTERNAL_DNS_POLICIES)
      .default('upsert-only')
      .describe('upsert-only never deletes records; sync also deletes the ones it owns.'),
    txtOwnerId: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, 'letters, digits, dot, dash or underscore')
      .optional()
      .describe('Owner id in the TXT registry records. Default: the cluster name.'),
  })
  .describe('ExternalDNS options.');

const loadBalancerController = z
  .strictObject({
    replicas: z.int().min(1).max(5).default(1).describe('Controller replicas.'),
  })
  .describe('AWS Load Balancer Controller options.');

const samples = z
  .strictObject({
    enabled: z.boolean().default(false).describe('Deploy the nginx sample workloads.'),
    serviceHostName: dnsName('a host name')
      .optional()
      .describe('Host name of the NLB Service. Default: nginx.<zoneName>.'),
    ingressHostName: dnsName('a host name')
      .optional()
      .describe('Host name of the ALB Ingress. Default: nginx-alb.<zoneName>.'),
  })
  .describe('Sample workloads that prove DNS and load balancing work.');

const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const PRINCIPAL_ARN = /^arn:aws(-cn|-us-gov)?:(iam|sts)::\d{12}:(role|user|assumed-role)\/.+$/;

export const clusterSchema = z
  .strictObject({
    stage: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,19}$/, 'a lower-case label of up to 20 characters')
      .describe('Stage of this cluster, such as dev or prod.'),
    name: z
      .string()
      .regex(/^[a-zA-Z][a-zA-Z0-9-]{0,99}$/, 'letters, digits and dashes, starting with a letter')
      .optional()
      .describe('EKS cluster name. Default: eks-<stage>-<version with dashes>.'),
    account: z
      .string()
      .regex(ACCOUNT, 'a 12-digit AWS account id')
      .describe('AWS account. Default: CDK_DEFAULT_ACCOUNT or AWS_ACCOUNT_ID.'),
    region: z
      .string()
      .regex(REGION, "an AWS region such as 'us-east-1'")
      .describe('AWS region. Default: CDK_DEFAULT_REGION or AWS_REGION.'),
    availabilityZones: z
      .array(z.string().regex(/^[a-z0-9-]+[a-z]$/, "an availability zone such as 'us-east-1a'"))
      .min(2, 'at least 2 zones (EKS needs subnets in two)')
      .max(6)
      .describe('Availability zones, in the cluster region.'),
    network: network.default({ vpcCidr: '10.0.0.0/16', natGateways: 1 }),
    kubernetesVersion: z
      .enum(KUBERNETES_VERSIONS)
      .default(DEFAULT_KUBERNETES_VERSION)
      .describe('Kubernetes version: 1.34 to 1.36, the skew the bundled kubectl 1.35 supports.'),
    nodeGroup: nodeGroup.default({
      instanceTypes: ['m6i.large'],
      minSize: 2,
      desiredSize: 2,
      maxSize: 4,
    }),
    adminPrincipalArns: z
      .array(z.string().regex(PRINCIPAL_ARN, 'an IAM role or user ARN'))
      .default([])
      .describe('IAM principals that get cluster-admin access entries.'),
    dns,
    externalDns: externalDns.default({ policy: 'upsert-only' }),
    loadBalancerController: loadBalancerController.default({ replicas: 1 }),
    samples: samples.default({ enabled: false }),
  })
  .describe('One EKS cluster and its add-ons.');

export const platformConfigSchema = z
  .strictObject({
    clusters: z.array(clusterSchema).min(1, 'at least one cluster'),
  })
  .describe('eks-platform configuration.');

/** The config as written, after schema defaults. */
export type RawPlatformConfig = z.infer<typeof platformConfigSchema>;
export type RawClusterConfig = z.infer<typeof clusterSchema>;
