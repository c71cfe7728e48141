// The construct library. Each add-on lives in its own folder with its chart pin, values and IAM.
export * from './addons/aws-load-balancer-controller';
export type { ChartPin, ReleaseOptions } from './addons/chart-pin';
export * from './addons/external-dns';
export type { InstalledAddon } from './addons/installed-addon';
export * from './app';
export {
  type CheckOptions,
  type CheckReport,
  checkAssembly,
  type Finding,
  formatReport,
  formatSummary,
  RULES,
  type Severity,
} from './check';
export * from './cluster';
export * from './config';
export * from './errors';
export * from './identity';
export * from './network';
export * from './workloads';
