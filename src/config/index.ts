export { loadConfig, parseConfig, type Environment } from './load';
export { type ClusterConfig, type PlatformConfig, isWithinDomain } from './model';
export { defaultClusterName } from './resolve';
export {
  DEFAULT_KUBERNETES_VERSION,
  EXTERNAL_DNS_POLICIES,
  KUBERNETES_VERSIONS,
  platformConfigSchema,
} from './schema';
