/** A Helm chart pinned to one version from one repository. */
export interface ChartPin {
  /** Helm repository URL (or `oci://` registry path). */
  readonly repository: string;
  readonly chart: string;
  readonly version: string;
  /** The application version this chart version installs by default. */
  readonly appVersion: string;
}

/** Where the add-on's chart is installed and how long Helm may wait for it. */
export interface ReleaseOptions {
  /**
   * Kubernetes namespace of the release and its service account.
   * @default 'kube-system'
   */
  readonly namespace?: string;
  /**
   * Helm release name.
   * @default - the chart name
   */
  readonly release?: string;
}

/**
 * The longest wait we give Helm. The Lambda that runs Helm stops at 15 minutes; a release still
 * waiting then stays `pending-install` or `pending-upgrade`.
 */
export const MAX_HELM_WAIT_MINUTES = 10;
