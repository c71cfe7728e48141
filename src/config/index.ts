export { type Environment, loadConfig, parseConfig } from './load';
export { type ClusterConfig, isWithinDomain, type PlatformConfig } from './model';
export { defaultClusterName } from './resolve';
export {
  DEFAULT_KUBERNETES_VERSION,
  EXTERNAL_DNS_POLICIES,
  KUBERNETES_VERSIONS,
  platformConfigSchema,
} from './schema';
