import { compareVersions } from '../../versions';

/**
 * Values keys a chart reads. `true` accepts anything below the key (maps such as annotations,
 * resources, probes); an object lists the only children the chart reads.
 */
export type KeyTree = { readonly [key: string]: KeyTree | true };

export interface ChartKeys {
  readonly chart: string;
  /** Inclusive range of chart versions the table was taken from. */
  readonly from: string;
  readonly until: string;
  /** Repositories the table is for (a fork or a repackaging reads other keys). */
  readonly repositories: readonly string[];
  readonly keys: KeyTree;
  /** The version of the application the chart ships by default, per chart version. */
  readonly appVersionOf: (chartVersion: string) => string;
}

// Known gap: each table is the union of the keys over its version range, so a key a release in the
// range dropped is not reported. Per-version tables can replace them when a chart drops keys.
const open = (...names: string[]): KeyTree => Object.fromEntries(names.map((n) => [n, true]));

/** kubernetes-sigs external-dns chart; pinned by us at 1.21.1 (app 0.21.0). */
export const EXTERNAL_DNS_KEYS: ChartKeys = {
  chart: 'external-dns',
  from: '1.14.0',
  until: '1.21.1',
  repositories: ['https://kubernetes-sigs.github.io/external-dns'],
  // Chart 1.N ships app 0.N (1.21.1 -> 0.21.0); patch releases are not told apart.
  appVersionOf: (v) => `0.${v.split('.')[1]}.0`,
  keys: {
    ...open('global', 'nameOverride', 'fullnameOverride', 'commonLabels', 'imagePullSecrets'),
    image: open('repository', 'tag', 'pullPolicy'),
    serviceAccount: open('create', 'labels', 'annotations', 'name', 'automountServiceAccountToken'),
    service: open('annotations', 'ipFamilies', 'ipFamilyPolicy', 'port'),
    rbac: open('create', 'additionalPermissions'),
    ...open('deploymentAnnotations', 'deploymentStrategy', 'podLabels', 'podAnnotations'),
    ...open('automountServiceAccountToken', 'shareProcessNamespace', 'podSecurityContext'),
    ...open('securityContext', 'priorityClassName', 'terminationGracePeriodSeconds', 'dnsPolicy'),
    ...open('dnsConfig', 'initContainers', 'extraContainers', 'livenessProbe', 'readinessProbe'),
    ...open('env', 'envFrom', 'extraVolumes', 'extraVolumeMounts', 'resources', 'nodeSelector'),
    ...open('tolerations', 'affinity', 'topologySpreadConstraints', 'serviceMonitor'),
    ...open('logLevel', 'logFormat', 'interval', 'triggerLoopOnEvent', 'namespaced'),
    ...open('gatewayNamespace', 'sources', 'policy', 'registry', 'txtOwnerId', 'txtPrefix'),
    ...open('txtSuffix', 'domainFilters', 'excludeDomains', 'labelFilter', 'annotationFilter'),
    ...open('annotationPrefix', 'managedRecordTypes', 'extraArgs', 'secretConfiguration'),
    ...open('revisionHistoryLimit', 'podDisruptionBudget'),
    provider: open('name', 'webhook'),
  },
};

/** AWS eks-charts aws-load-balancer-controller; pinned by us at 3.5.0 (= app v3.5.0). */
export const ALB_CONTROLLER_KEYS: ChartKeys = {
  chart: 'aws-load-balancer-controller',
  from: '1.4.0',
  until: '3.5.0',
  repositories: ['https://aws.github.io/eks-charts'],
  appVersionOf: (v) => (v.startsWith('1.') ? `2.${v.slice(2)}` : v),
  keys: {
    ...open('replicaCount', 'revisionHistoryLimit', 'imagePullSecrets', 'runtimeClassName'),
    image: open('repository', 'tag', 'pullPolicy'),
    ...open('nameOverride', 'fullnameOverride', 'clusterName'),
    cluster: open('dnsDomain'),
    serviceAccount: open('create', 'annotations', 'name', 'automountServiceAccountToken'),
    rbac: open('create'),
    ...open('podSecurityContext', 'securityContext', 'terminationGracePeriodSeconds', 'resources'),
    ...open(
      'priorityClassName',
      'nodeSelector',
      'tolerations',
      'affinity',
      'configureDefaultAffinity',
    ),
    ...open('topologySpreadConstraints', 'updateStrategy', 'serviceAnnotations', 'podAnnotations'),
    ...open('podLabels', 'additionalLabels', 'deploymentAnnotations', 'enableCertManager'),
    ...open('ingressClass', 'createIngressClassResource', 'region', 'vpcId', 'vpcTags'),
    ingressClassParams: open('create', 'name', 'spec'),
    ingressClassConfig: open('default'),
    ...open('awsApiEndpoints', 'awsApiThrottle', 'awsMaxRetries', 'defaultTargetType'),
    ...open('enablePodReadinessGateInject', 'enableShield', 'enableWaf', 'enableWafv2'),
    ...open('ingressMaxConcurrentReconciles', 'logLevel', 'metricsBindAddr', 'webhookBindPort'),
    webhookTLS: open('caCert', 'cert', 'key'),
    ...open('webhookNamespaceSelectors', 'keepTLSSecret', 'serviceMaxConcurrentReconciles'),
    ...open(
      'targetgroupbindingMaxConcurrentReconciles',
      'targetgroupbindingMaxExponentialBackoffDelay',
    ),
    ...open('lbStabilizationMonitorInterval', 'syncPeriod', 'watchNamespace'),
    ...open('disableIngressClassAnnotation', 'disableIngressGroupNameAnnotation'),
    ...open('tolerateNonExistentBackendService', 'tolerateNonExistentBackendAction'),
    ...open(
      'defaultSSLPolicy',
      'livenessProbe',
      'readinessProbe',
      'env',
      'hostNetwork',
      'dnsPolicy',
    ),
    ...open('extraVolumeMounts', 'extraVolumes', 'defaultTags', 'podDisruptionBudget'),
    ...open('externalManagedTags', 'enableEndpointSlices', 'enableBackendSecurityGroup'),
    ...open('backendSecurityGroup', 'disableRestrictedSecurityGroupRules', 'controllerConfig'),
    ...open('certDiscovery', 'loadBalancerClass', 'enableServiceMutatorWebhook'),
    ...open('serviceMutatorWebhookConfig', 'podMutatorWebhookConfig', 'objectSelector'),
    ...open('serviceMonitor', 'clusterSecretsPermissions', 'enableManageBackendSecurityGroupRules'),
    ...open('serviceTargetENISGTags', 'creator', 'autoscaling', 'minAvailable', 'webhookConfig'),
    ...open('defaultLoadBalancerScheme', 'enableWafV2'),
  },
};

const TABLES = [EXTERNAL_DNS_KEYS, ALB_CONTROLLER_KEYS];

/** The key table for a chart version from a repository, when we have one. */
export function chartKeysFor(
  chart: string,
  version: string | undefined,
  repository: string | undefined,
): ChartKeys | undefined {
  const table = TABLES.find((t) => t.chart === chart);
  if (!table || !version) return undefined;
  if (repository && !table.repositories.includes(repository.replace(/\/$/, ''))) return undefined;
  const inRange =
    compareVersions(version, table.from) >= 0 && compareVersions(version, table.until) <= 0;
  return inRange ? table : undefined;
}

/** Keys a user writes by mistake, with what the chart reads instead. */
export const KEY_HINTS: Readonly<Record<string, Record<string, string>>> = {
  'external-dns': {
    'aws.region': "env (name AWS_DEFAULT_REGION); this chart has no 'aws.region' key",
    'aws.zoneType': 'extraArgs (--aws-zone-type=public|private)',
    zoneIdFilters: 'extraArgs (--zone-id-filter=<zone id>)',
  },
  'aws-load-balancer-controller': {},
};
