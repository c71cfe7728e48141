import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clusterNames } from '../../../bench/lib/fleet';
import { fleetConfigYaml } from '../../../bench/lib/fleet-config';

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
