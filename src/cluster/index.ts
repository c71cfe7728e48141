export {
  al2023AmiType,
  NATIVE_OIDC_FLAG,
  type NodeGroupOptions,
  PlatformCluster,
  type PlatformClusterProps,
  type UpgradeSupportType,
} from './platform-cluster';
