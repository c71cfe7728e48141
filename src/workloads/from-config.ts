import type { ClusterConfig } from '../config';
import type { SampleWorkloadsOptions } from './manifests';

/** The sample options of a cluster's config; the stack and `eks-platform manifests` share them. */
export function sampleWorkloadsOptions(config: ClusterConfig): SampleWorkloadsOptions {
  return {
    serviceHostName: config.samples.serviceHostName,
    ingressHostName: config.samples.ingressHostName,
  };
}
