export * from './from-config';
export * from './manifests';
export * from './sample-workloads';
export * from './teardown/load-balancer-guard';
export * from './to-yaml';
