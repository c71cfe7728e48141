import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clusterNames, fleetConfigYaml, stageNames } from '../../../bench/lib/fleet';

describe('stageNames', () => {
  it('uses the default config stage for a single cluster', () => {
    expect(stageNames(1)).toEqual(['dev']);
  });

  it('numbers larger fleets with two digits', () => {
    expect(stageNames(20)).toHaveLength(20);
    expect(stageNames(20).slice(0, 2)).toEqual(['s01', 's02']);
    expect(stageNames(20)[19]).toBe('s20');
  });

  it('refuses a fleet that is not a positive whole number', () => {
    expect(() => stageNames(0)).toThrow(/positive integer, got 0/);
  });
});

describe('fleetConfigYaml', () => {
  it('writes one reference cluster per stage with unique names', () => {
    const config = parse(fleetConfigYaml(5)) as { clusters: Record<string, unknown>[] };
    const names = config.clusters.map((c) => c.name);
    expect(names).toEqual(clusterNames(5));
    expect(new Set(names).size).toBe(5);
    expect(config.clusters[4]).toMatchObject({
      stage: 's05',
      name: 'eks-s05-1-35',
      region: 'us-east-1',
      kubernetesVersion: '1.35',
      network: { vpcCidr: '10.0.0.0/16', natGateways: 1 },
      externalDns: { policy: 'upsert-only' },
      samples: { enabled: false },
    });
  });
});
