import type { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderSampleManifests } from '../../src/workloads/manifests';
import { toYaml } from '../../src/workloads/to-yaml';
import { buildWorkloadsFixture } from './fixture';
import { SAMPLE_HOSTS } from './sample-hosts';

process.env.CDK_VALIDATION = 'false';

type Resources = Record<
  string,
  { Type: string; DependsOn?: string[]; Properties: Record<string, unknown> }
>;

const logicalId = (stack: Stack, construct: { node: { defaultChild?: unknown } }) =>
  stack.getLogicalId(construct.node.defaultChild as never);

describe('SampleWorkloads in its own stack (as the app builds it)', () => {
  let fixture: ReturnType<typeof buildWorkloadsFixture>;
  let resources: Resources;
  let manifestId: string;
  let guardId: string;

  beforeAll(() => {
    fixture = buildWorkloadsFixture();
    fixture.app.synth();
    resources = Template.fromStack(fixture.workloadsStack).toJSON().Resources;
    manifestId = logicalId(fixture.workloadsStack, fixture.workloads.manifest);
    guardId = logicalId(fixture.workloadsStack, fixture.workloads.teardownGuard);
  });

  test('applies the rendered objects unchanged: no prune labels, same bytes as the YAML', () => {
    const manifest = resources[manifestId];
    const applied = JSON.parse(manifest?.Properties.Manifest as string);

    expect(manifest?.Type).toBe('Custom::AWSCDK-EKS-KubernetesResource');
    expect(manifest?.Properties.Manifest).toBe(JSON.stringify(renderSampleManifests(SAMPLE_HOSTS)));
    expect(toYaml(applied)).toBe(toYaml(renderSampleManifests(SAMPLE_HOSTS)));
    expect(manifest?.Properties.PruneLabel).toBeUndefined();
    expect(manifest?.Properties.Overwrite).toBe(true);
  });

  test('creates the whole stack after, and deletes it before, the add-ons and the cluster', () => {
    const dependencies = fixture.workloadsStack.dependencies.map((s) => s.stackName).sort();

    expect(dependencies).toEqual(['Addons', 'Cluster']);
    expect(fixture.addonsStack.dependencies.map((s) => s.stackName)).toEqual(['Cluster']);
    const artifact = fixture.app.synth().getStackByName('Workloads');
    expect(artifact.dependencies.map((d) => d.id)).toEqual(
      expect.arrayContaining(['Addons', 'Cluster']),
    );
  });

  test('orders the manifest after the guard, so deletion removes the workloads before waiting', () => {
    expect(resources[manifestId]?.DependsOn).toEqual([guardId]);
    expect(resources[guardId]?.DependsOn).toBeUndefined();
  });

  test('guards deletion with a bounded wait for the controller-tagged load balancers', () => {
    const guard = resources[guardId];
    const functions = Object.values(resources).filter((r) => r.Type === 'AWS::Lambda::Function');

    expect(guard?.Type).toBe('Custom::LoadBalancerTeardownGuard');
    expect(guard?.Properties).toMatchObject({
      ClusterName: 'eks-dev-1-35',
      TagKey: 'elbv2.k8s.aws/cluster',
      MaxWaitSeconds: 600,
      PollSeconds: 15,
      FailOnTimeout: 'true',
      ServiceTimeout: '780',
    });
    expect(functions).toHaveLength(1);
    expect(functions[0]?.Properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Handler: 'index.handler',
      Timeout: 720,
    });
  });

  test('lets the guard only describe load balancers, their tags and security groups', () => {
    Template.fromStack(fixture.workloadsStack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          {
            Action: [
              'elasticloadbalancing:DescribeLoadBalancers',
              'elasticloadbalancing:DescribeTags',
              'ec2:DescribeSecurityGroups',
            ],
            Effect: 'Allow',
            Resource: '*',
          },
        ],
      },
    });
  });
});

describe('SampleWorkloads next to the charts (resource-level ordering)', () => {
  let resources: Resources;
  let ids: { manifest: string; guard: string; controller: string; externalDns: string };

  beforeAll(() => {
    const fixture = buildWorkloadsFixture({ sameStack: true, teardown: { failOnTimeout: false } });
    fixture.app.synth();
    const stack = fixture.addonsStack;
    resources = Template.fromStack(stack).toJSON().Resources;
    ids = {
      manifest: logicalId(stack, fixture.workloads.manifest),
      guard: logicalId(stack, fixture.workloads.teardownGuard),
      controller: logicalId(stack, fixture.controller),
      externalDns: logicalId(stack, fixture.externalDns),
    };
  });

  test('creates the guard after both charts and the manifest after the guard and both charts', () => {
    expect(resources[ids.guard]?.DependsOn?.sort()).toEqual(
      [ids.externalDns, ids.controller].sort(),
    );
    expect(resources[ids.manifest]?.DependsOn?.sort()).toEqual(
      [ids.externalDns, ids.controller, ids.guard].sort(),
    );
  });

  test('deletes in reverse: manifest, then guard, then charts', () => {
    // CloudFormation deletes a resource only after everything that depends on it is gone.
    const deleteOrder = topologicalDeleteOrder(resources, [
      ids.manifest,
      ids.guard,
      ids.controller,
    ]);

    expect(deleteOrder).toEqual([ids.manifest, ids.guard, ids.controller]);
  });

  test('passes failOnTimeout through to the guard', () => {
    expect(resources[ids.guard]?.Properties.FailOnTimeout).toBe('false');
  });
});

/** Orders the given resources the way CloudFormation may delete them (dependents first). */
function topologicalDeleteOrder(resources: Resources, ids: string[]): string[] {
  const dependsOn = (a: string, b: string): boolean =>
    (resources[a]?.DependsOn ?? []).some((d) => d === b || dependsOn(d, b));
  return [...ids].sort((a, b) => (dependsOn(a, b) ? -1 : dependsOn(b, a) ? 1 : 0));
}
