import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ClusterStage } from '../../../src/app/cluster-stage';
import { renderSampleManifests } from '../../../src/workloads';
import { configFrom, defaultConfigObject, synthFirstCluster } from '../../support/platform';

type Resources = Record<
  string,
  { Type: string; DependsOn?: string[]; Properties: Record<string, any> }
>;

function defaultConfigWithSamples(enabled: boolean) {
  const object = defaultConfigObject();
  (object.clusters[0] as { samples: { enabled: boolean } }).samples.enabled = enabled;
  return configFrom(object);
}

describe('WorkloadsStack in the app (default config with samples on)', () => {
  let stage: ClusterStage;
  let resources: Resources;

  beforeAll(() => {
    stage = synthFirstCluster(defaultConfigWithSamples(true)).stage;
    const workloads = stage.workloads;
    if (!workloads) throw new Error('samples.enabled: true made no Workloads stack');
    resources = Template.fromStack(workloads).toJSON().Resources;
  });

  test('adds a Workloads stack that depends on the add-ons, cluster and network stacks', () => {
    const names = (stage.workloads?.dependencies ?? []).map((s) => s.node.id).sort();

    expect(stage.node.children.map((c) => c.node.id)).toEqual([
      'Network',
      'Cluster',
      'Addons',
      'Workloads',
    ]);
    expect(names).toEqual(expect.arrayContaining(['Addons', 'Cluster']));
    // Deletion reaches the VPC only after the add-ons, which come after the workloads.
    expect(stage.addons.dependencies.map((s) => s.node.id)).toContain('Cluster');
    expect(stage.cluster.dependencies.map((s) => s.node.id)).toContain('Network');
  });

  test('applies the config host names, in the zone, after the guard', () => {
    const [manifestId, manifest] = Object.entries(resources).find(
      ([, r]) => r.Type === 'Custom::AWSCDK-EKS-KubernetesResource',
    ) ?? ['', undefined];
    const [guardId] = Object.entries(resources).find(
      ([, r]) => r.Type === 'Custom::LoadBalancerTeardownGuard',
    ) ?? [''];
    const expected = renderSampleManifests({
      serviceHostName: 'nginx.example.com',
      ingressHostName: 'nginx-alb.example.com',
    });

    expect(manifestId).not.toBe('');
    expect(manifest?.Properties.Manifest).toBe(JSON.stringify(expected));
    expect(manifest?.DependsOn).toEqual([guardId]);
  });

  test('tags the guard with the name the controller uses', () => {
    const guard = Object.values(resources).find(
      (r) => r.Type === 'Custom::LoadBalancerTeardownGuard',
    );

    expect(guard?.Properties.ClusterName).toBe('eks-dev-1-35');
    // The cluster's VPC, imported from the network stack.
    expect(JSON.stringify(guard?.Properties.VpcId)).toMatch(/^\{"Fn::ImportValue":".*Vpc/);
  });
});

describe('WorkloadsStack switched off', () => {
  test('is absent with the default config', () => {
    const { stage } = synthFirstCluster(defaultConfigWithSamples(false));

    expect(stage.workloads).toBeUndefined();
    expect(stage.node.tryFindChild('Workloads')).toBeUndefined();
  });
});
