/** Chart sources that no longer serve working charts or images, with what to use instead. */
export interface WithdrawnSource {
  readonly pattern: RegExp;
  readonly what: string;
  readonly since: string;
}

export const WITHDRAWN_CHART_SOURCES: readonly WithdrawnSource[] = [
  {
    pattern: /^https?:\/\/charts\.bitnami\.com\/bitnami\/?$/,
    what: 'the Bitnami chart catalogue, whose free images were withdrawn',
    since: '2025',
  },
  {
    pattern: /^oci:\/\/registry-1\.docker\.io\/bitnamicharts(\/|$)/,
    what: 'the Bitnami OCI charts, whose free images were withdrawn',
    since: '2025',
  },
  {
    pattern: /^https?:\/\/kubernetes-charts(-incubator)?\.storage\.googleapis\.com\/?$/,
    what: 'the retired Helm "stable"/"incubator" repositories',
    since: '2020',
  },
];

/** Images withdrawn with those catalogues (`docker.io/bitnami/*`). */
export const WITHDRAWN_IMAGE = /^(docker\.io\/)?bitnami\//;

/** The maintained source per chart name, recommended in findings. */
export const MAINTAINED_SOURCES: Readonly<Record<string, string>> = {
  'external-dns': 'https://kubernetes-sigs.github.io/external-dns/ (chart external-dns 1.21.1)',
  'aws-load-balancer-controller': 'https://aws.github.io/eks-charts (chart 3.5.0)',
};
