import type * as eks from 'aws-cdk-lib/aws-eks-v2';
import type { WorkloadIdentity } from '../identity';
import type { ChartPin } from './chart-pin';

/** What every add-on construct exposes: its chart release and the identity its pods run as. */
export interface InstalledAddon {
  /** Short name, such as 'external-dns'. */
  readonly addonName: string;
  readonly chartPin: ChartPin;
  /** The Helm release; depend on it to run after the add-on is ready. */
  readonly chart: eks.HelmChart;
  readonly identity: WorkloadIdentity;
}
