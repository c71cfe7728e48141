export { ClusterStage, type ClusterStageProps } from './cluster-stage';
export { buildPlatformApp, PLATFORM_CONTEXT, type PlatformAppOptions } from './platform-app';
export { AddonsStack, type AddonsStackProps } from './stacks/addons-stack';
export { ClusterStack, type ClusterStackProps } from './stacks/cluster-stack';
export { NetworkStack, type NetworkStackProps } from './stacks/network-stack';
export type { AddonSummary, ClusterSummary, StackSummary } from './summary';
export { type SynthMessage, type SynthResult, synthesizePlatform } from './synth';
