/** What the check reports. Shared by the library, the CLI and the `synth` command. */
export type Severity = 'error' | 'warning';

/** One fault found in a cloud assembly, with where it is and how to fix it. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** The EKS cluster the finding concerns, when the assembly tells. */
  readonly cluster?: string;
  /** Display name of the stack (with the nested assembly, e.g. `eks-dev-1-35/Addons`). */
  readonly stack: string;
  readonly logicalId?: string;
  /** Construct path, when the assembly's metadata has it. */
  readonly path?: string;
  readonly message: string;
  readonly why: string;
  readonly fix: string;
}

export interface CheckReport {
  readonly clusters: string[];
  readonly findings: Finding[];
  readonly counts: { error: number; warning: number };
}

export interface CheckOptions {
  /**
   * Render Helm releases with the `helm` binary and check what the charts render.
   * @default - no rendering; values are read as the chart's documented keys
   */
  readonly render?: RenderOptions;
}

export interface RenderOptions {
  /**
   * Folder holding local charts as `<chart>-<version>/` or `<chart>/`.
   * @default - only charts cached by earlier pulls
   */
  readonly chartsDir?: string;
  /**
   * Pull pinned charts that are not at hand from their repository (needs the network); pulled
   * charts are cached for the next run.
   * @default false
   */
  readonly fetch?: boolean;
  /**
   * Where the helm binary is extracted on first use.
   * @default - `node_modules/.cache/eks-platform` under the current directory
   */
  readonly cacheDir?: string;
}
