import { InputError } from '../errors';

/** A Kubernetes object as plain data, ready for `kubectl apply` or `eks.KubernetesManifest`. */
export interface KubernetesObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly [key: string]: unknown };
  readonly [key: string]: unknown;
}

/**
 * The nginx image the samples run, pinned by tag so every deploy runs the same bits.
 * `public.ecr.aws/nginx/nginx` mirrors the Docker official image; 1.30 is the stable line
 * (December 2026). Bump deliberately, after checking the tag exists in that mirror.
 */
export const SAMPLE_NGINX_IMAGE = 'public.ecr.aws/nginx/nginx:1.30.4';

/** Names of the objects the samples create, so the check and the tests can refer to them. */
export const SAMPLE_NAMES = {
  deployment: 'nginx',
  /** The Service of type LoadBalancer, served by an NLB. */
  loadBalancerService: 'nginx',
  /** The ClusterIP Service behind the Ingress. */
  ingressService: 'nginx-web',
  ingress: 'nginx-web',
} as const;

/** What the samples may be told; everything else is fixed so they stay a known-good reference. */
export interface SampleWorkloadsOptions {
  /** DNS name ExternalDNS publishes for the NLB Service, e.g. `nginx.example.com`. */
  readonly serviceHostName: string;
  /** DNS name ExternalDNS publishes for the Ingress's ALB, e.g. `web.example.com`. */
  readonly ingressHostName: string;
  /**
   * Namespace the samples live in; the manifests create it, so deleting them removes everything.
   * @default 'samples'
   */
  readonly namespace?: string;
  /**
   * Container image, pinned by tag or digest (`latest` and untagged images are refused).
   * @default SAMPLE_NGINX_IMAGE
   */
  readonly image?: string;
  /**
   * Number of nginx pods.
   * @default 2
   */
  readonly replicas?: number;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const HTTP_PORT = 80;

/**
 * Renders the reference workloads: a namespace, an nginx Deployment with probes and requests, an
 * internet-facing NLB Service (IP targets) with an ExternalDNS host name, and an internet-facing
 * ALB Ingress (IP targets) in front of a ClusterIP Service. Objects come in apply order and every key
 * in a fixed order, so the YAML and the CloudFormation template are the same bytes on every run.
 */
export function renderSampleManifests(options: SampleWorkloadsOptions): KubernetesObject[] {
  const namespace = options.namespace ?? 'samples';
  const image = options.image ?? SAMPLE_NGINX_IMAGE;
  const replicas = options.replicas ?? 2;
  validateOptions({ ...options, namespace, image, replicas });

  const labels = { 'app.kubernetes.io/name': 'nginx', 'app.kubernetes.io/part-of': 'samples' };
  const selector = { 'app.kubernetes.io/name': 'nginx' };
  const httpPort = { name: 'http', port: HTTP_PORT, targetPort: 'http', protocol: 'TCP' };
  const probe = (initialDelaySeconds: number) => ({
    httpGet: { path: '/', port: 'http' },
    initialDelaySeconds,
    periodSeconds: 10,
    timeoutSeconds: 2,
    failureThreshold: 3,
  });

  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace, labels } },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: SAMPLE_NAMES.deployment, namespace, labels },
      spec: {
        replicas,
        selector: { matchLabels: selector },
        template: {
          metadata: { labels },
          spec: {
            containers: [
              {
                name: 'nginx',
                image,
                ports: [{ name: 'http', containerPort: HTTP_PORT, protocol: 'TCP' }],
                readinessProbe: probe(2),
                livenessProbe: probe(10),
                resources: {
                  requests: { cpu: '50m', memory: '64Mi' },
                  limits: { memory: '128Mi' },
                },
              },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: SAMPLE_NAMES.loadBalancerService,
        namespace,
        labels,
        annotations: {
          'external-dns.alpha.kubernetes.io/hostname': options.serviceHostName,
          'service.beta.kubernetes.io/aws-load-balancer-type': 'external',
          'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type': 'ip',
          'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internet-facing',
        },
      },
      spec: {
        type: 'LoadBalancer',
        // Handled by the AWS Load Balancer Controller, never by the legacy in-tree provider.
        loadBalancerClass: 'service.k8s.aws/nlb',
        selector,
        ports: [httpPort],
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: SAMPLE_NAMES.ingressService, namespace, labels },
      spec: { type: 'ClusterIP', selector, ports: [httpPort] },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: {
        name: SAMPLE_NAMES.ingress,
        namespace,
        labels,
        annotations: {
          'alb.ingress.kubernetes.io/scheme': 'internet-facing',
          // IP targets reach pods behind a ClusterIP Service; instance targets would need NodePort.
          'alb.ingress.kubernetes.io/target-type': 'ip',
          'alb.ingress.kubernetes.io/healthcheck-path': '/',
        },
      },
      spec: {
        ingressClassName: 'alb',
        rules: [
          {
            host: options.ingressHostName,
            http: {
              paths: [
                {
                  path: '/',
                  pathType: 'Prefix',
                  backend: {
                    service: { name: SAMPLE_NAMES.ingressService, port: { number: HTTP_PORT } },
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ];
}

function validateOptions(options: Required<SampleWorkloadsOptions>): void {
  for (const field of ['serviceHostName', 'ingressHostName'] as const) {
    const value = options[field];
    if (!isDnsName(value)) {
      throw invalid(field, value, 'a lower-case DNS name such as nginx.example.com');
    }
  }
  if (options.serviceHostName === options.ingressHostName) {
    throw invalid(
      'ingressHostName',
      options.ingressHostName,
      'a name different from serviceHostName (each load balancer needs its own record)',
    );
  }
  if (!DNS_LABEL.test(options.namespace)) {
    throw invalid('namespace', options.namespace, 'a lower-case DNS label such as samples');
  }
  if (!isPinnedImage(options.image)) {
    throw invalid('image', options.image, 'an image pinned by tag or digest, not latest');
  }
  if (!Number.isInteger(options.replicas) || options.replicas < 1 || options.replicas > 10) {
    throw invalid('replicas', options.replicas, 'a whole number from 1 to 10');
  }
}

/** True for a lower-case DNS name of at least two labels, without a trailing dot. */
export function isDnsName(value: string): boolean {
  const labels = value.split('.');
  return value.length <= 253 && labels.length >= 2 && labels.every((l) => DNS_LABEL.test(l));
}

function isPinnedImage(image: string): boolean {
  if (image.includes('@sha256:')) return true;
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const tag = lastSegment.includes(':') ? lastSegment.slice(lastSegment.indexOf(':') + 1) : '';
  return tag !== '' && tag !== 'latest';
}

function invalid(field: string, value: string | number, allowed: string): InputError {
  return new InputError(
    'CONFIG_INVALID',
    `samples.${field}: got ${JSON.stringify(value)}; expected ${allowed}`,
  );
}
