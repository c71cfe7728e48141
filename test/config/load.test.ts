import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadConfig, parseConfig } from '../../src/config';
import { DEFAULT_CONFIG_FILE, defaultConfigObject } from '../support/platform';

describe('loadConfig', () => {
  it('resolves the defaults of the embedded reference config', () => {
    const [cluster] = loadConfig(DEFAULT_CONFIG_FILE, {}).clusters;
    expect(cluster).toMatchObject({
      name: 'eks-dev-1-35',
      account: '111111111111',
      region: 'us-east-1',
      availabilityZones: ['us-east-1a', 'us-east-1b'],
      kubernetesVersion: '1.35',
      network: { vpcCidr: '10.0.0.0/16', natGateways: 1 },
      externalDns: {
        domainFilters: ['example.com'],
        policy: 'upsert-only',
        txtOwnerId: 'eks-dev-1-35',
      },
      loadBalancerController: { replicas: 1 },
      samples: { enabled: false, serviceHostName: 'nginx.example.com' },
    });
  });

  it('takes account and region from the environment when the config leaves them out', () => {
    const config = defaultConfigObject();
    delete config.clusters[0]?.account;
    delete config.clusters[0]?.region;
    const env = { CDK_DEFAULT_ACCOUNT: '222222222222', AWS_REGION: 'us-east-1' };
    const [cluster] = parseConfig(stringify(config), 'c.yaml', env).clusters;
    expect(cluster?.account).toBe('222222222222');
    expect(cluster?.region).toBe('us-east-1');
  });

  it('prefers the written account over the environment', () => {
    const env = { CDK_DEFAULT_ACCOUNT: '222222222222' };
    const [cluster] = loadConfig(DEFAULT_CONFIG_FILE, env).clusters;
    expect(cluster?.account).toBe('111111111111');
  });

  it('derives distinct names and owner ids for clusters of several stages', () => {
    const config = defaultConfigObject();
    const dev = config.clusters[0] as Record<string, unknown>;
    config.clusters.push({ ...dev, stage: 'prod' });
    const clusters = parseConfig(stringify(config), 'c.yaml', {}).clusters;
    expect(clusters.map((c) => c.name)).toEqual(['eks-dev-1-35', 'eks-prod-1-35']);
    expect(clusters.map((c) => c.externalDns.txtOwnerId)).toEqual([
      'eks-dev-1-35',
      'eks-prod-1-35',
    ]);
  });

  it('accepts a domain filter below the zone', () => {
    const config = defaultConfigObject();
    (config.clusters[0] as Record<string, unknown>).externalDns = {
      domainFilters: ['apps.example.com'],
    };
    (config.clusters[0] as Record<string, unknown>).samples = {
      serviceHostName: 'nginx.apps.example.com',
      ingressHostName: 'web.apps.example.com',
    };
    const [cluster] = parseConfig(stringify(config), 'c.yaml', {}).clusters;
    expect(cluster?.externalDns.domainFilters).toEqual(['apps.example.com']);
  });
});
