import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors';
import {
  isDnsName,
  type KubernetesObject,
  renderSampleManifests,
  SAMPLE_NGINX_IMAGE,
} from '../../src/workloads/manifests';
import { SAMPLE_HOSTS } from './sample-hosts';

type Any = Record<string, any>;

const objects = renderSampleManifests(SAMPLE_HOSTS);
const find = (kind: string, name: string): Any => {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in ${objects.map((o) => o.kind).join(', ')}`);
  return found as Any;
};

describe('renderSampleManifests', () => {
  test('renders the namespace first, then the Deployment, the Services and the Ingress', () => {
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Namespace/samples',
      'Deployment/nginx',
      'Service/nginx',
      'Service/nginx-web',
      'Ingress/nginx-web',
    ]);
    expect(objects.slice(1).every((o) => o.metadata.namespace === 'samples')).toBe(true);
  });

  test('runs nginx as a Deployment with a pinned image, probes and resource requests', () => {
    const deployment = find('Deployment', 'nginx');
    const container = deployment.spec.template.spec.containers[0];

    expect(deployment.spec.replicas).toBe(2);
    expect(deployment.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'nginx' });
    expect(deployment.spec.template.metadata.labels).toMatchObject(
      deployment.spec.selector.matchLabels,
    );
    expect(container.image).toBe(SAMPLE_NGINX_IMAGE);
    expect(SAMPLE_NGINX_IMAGE).toMatch(/^public\.ecr\.aws\/nginx\/nginx:\d+\.\d+\.\d+$/);
    expect(container.readinessProbe.httpGet).toEqual({ path: '/', port: 'http' });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/', port: 'http' });
    expect(container.resources.requests).toEqual({ cpu: '50m', memory: '64Mi' });
    expect(container.ports).toEqual([{ name: 'http', containerPort: 80, protocol: 'TCP' }]);
  });

  test('exposes nginx through an internet-facing NLB with IP targets and an ExternalDNS name', () => {
    const service = find('Service', 'nginx');

    expect(service.spec.type).toBe('LoadBalancer');
    expect(service.spec.loadBalancerClass).toBe('service.k8s.aws/nlb');
    expect(service.metadata.annotations).toEqual({
      'external-dns.alpha.kubernetes.io/hostname': 'nginx.example.com',
      'service.beta.kubernetes.io/aws-load-balancer-type': 'external',
      'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type': 'ip',
      'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internet-facing',
    });
  });

  test('serves the Ingress from an internet-facing ALB whose backend Service and port exist', () => {
    const ingress = find('Ingress', 'nginx-web');
    const rule = ingress.spec.rules[0];
    const backend = rule.http.paths[0].backend.service;
    const service = find('Service', backend.name);

    expect(ingress.spec.ingressClassName).toBe('alb');
    expect(ingress.metadata.annotations).not.toHaveProperty('kubernetes.io/ingress.class');
    expect(ingress.metadata.annotations).toEqual({
      'alb.ingress.kubernetes.io/scheme': 'internet-facing',
      'alb.ingress.kubernetes.io/target-type': 'ip',
      'alb.ingress.kubernetes.io/healthcheck-path': '/',
    });
    expect(rule.host).toBe('web.example.com');
    // IP targets work with a ClusterIP Service; instance targets would need a NodePort.
    expect(service.spec.type).toBe('ClusterIP');
    expect(service.spec.ports.map((p: Any) => p.port)).toContain(backend.port.number);
    expect(service.spec.selector).toEqual(find('Deployment', 'nginx').spec.selector.matchLabels);
  });

  test('applies namespace, image and replicas from the options', () => {
    const custom = renderSampleManifests({
      ...SAMPLE_HOSTS,
      namespace: 'demo',
      image: 'public.ecr.aws/nginx/nginx@sha256:0123',
      replicas: 3,
    });
    const deployment = custom[1] as Any;

    expect(custom.map((o) => o.metadata.namespace ?? o.metadata.name)).toEqual(
      Array(5).fill('demo'),
    );
    expect(deployment.spec.replicas).toBe(3);
    expect(deployment.spec.template.spec.containers[0].image).toBe(
      'public.ecr.aws/nginx/nginx@sha256:0123',
    );
  });

  test('returns fresh objects on every call with the same content', () => {
    const again: KubernetesObject[] = renderSampleManifests(SAMPLE_HOSTS);

    expect(JSON.stringify(again)).toBe(JSON.stringify(objects));
    expect(again[0]).not.toBe(objects[0]);
  });

  test.each([
    [
      { serviceHostName: 'Nginx.Example.com' },
      'samples.serviceHostName: got "Nginx.Example.com"; expected a lower-case DNS name such as nginx.example.com',
    ],
    [
      { ingressHostName: 'web' },
      'samples.ingressHostName: got "web"; expected a lower-case DNS name such as nginx.example.com',
    ],
    [
      { ingressHostName: 'nginx.example.com' },
      'samples.ingressHostName: got "nginx.example.com"; expected a name different from serviceHostName (each load balancer needs its own record)',
    ],
    [
      { namespace: 'Samples' },
      'samples.namespace: got "Samples"; expected a lower-case DNS label such as samples',
    ],
    [
      { image: 'public.ecr.aws/nginx/nginx:latest' },
      'samples.image: got "public.ecr.aws/nginx/nginx:latest"; expected an image pinned by tag or digest, not latest',
    ],
    [
      { image: 'localhost:5000/nginx' },
      'samples.image: got "localhost:5000/nginx"; expected an image pinned by tag or digest, not latest',
    ],
    [{ replicas: 0 }, 'samples.replicas: got 0; expected a whole number from 1 to 10'],
    [{ replicas: 1.5 }, 'samples.replicas: got 1.5; expected a whole number from 1 to 10'],
  ])('refuses %o', (override, message) => {
    const render = () => renderSampleManifests({ ...SAMPLE_HOSTS, ...override });

    expect(render).toThrow(InputError);
    expect(render).toThrow(message);
    try {
      render();
    } catch (error) {
      expect((error as InputError).code).toBe('CONFIG_INVALID');
    }
  });
});

describe('isDnsName', () => {
  test.each([
    ['nginx.example.com', true],
    ['a-b.c.example.co.uk', true],
    ['example', false],
    ['nginx.example.com.', false],
    ['-nginx.example.com', false],
    ['*.example.com', false],
  ])('%s -> %s', (name, expected) => {
    expect(isDnsName(name)).toBe(expected);
  });
});
