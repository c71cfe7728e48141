import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CheckReport, checkAssembly } from '../../src/check';
import { expectFinding, summary } from './fixtures/expect';
import { locate } from './fixtures/platform-app';

// aws-eks (v1): cluster and OIDC provider are custom resources, kubectl runs in a nested stack.
process.env.CDK_VALIDATION = 'false';
const app = new cdk.App({ outdir: mkdtempSync(join(tmpdir(), 'eks-v1-')) });
const stack = new cdk.Stack(app, 'V1', { env: { account: '111111111111', region: 'us-east-1' } });
const cluster = new eks.Cluster(stack, 'Cluster', {
  version: eks.KubernetesVersion.V1_32,
  vpc: ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-0abc',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    publicSubnetIds: ['subnet-1', 'subnet-2'],
    privateSubnetIds: ['subnet-3', 'subnet-4'],
  }),
  defaultCapacity: 0,
  kubectlLayer: lambda.LayerVersion.fromLayerVersionArn(
    stack,
    'Kubectl',
    'arn:aws:lambda:us-east-1:111111111111:layer:kubectl:1',
  ),
  awscliLayer: lambda.LayerVersion.fromLayerVersionArn(
    stack,
    'AwsCli',
    'arn:aws:lambda:us-east-1:111111111111:layer:awscli:1',
  ),
});
const sa = cluster.addServiceAccount('Builder', { name: 'builder', namespace: 'ci' });
const chart = cluster.addHelmChart('Dns', {
  chart: 'ci-runner',
  repository: 'https://charts.example.com',
  version: '1.0.0',
  namespace: 'ci',
  release: 'runner',
  values: {
    serviceAccount: {
      name: 'runner',
      annotations: { 'eks.amazonaws.com/role-arn': sa.role.roleArn },
    },
  },
});

let report: CheckReport;
beforeAll(() => {
  report = checkAssembly(app.synth().directory);
});

describe('aws-eks (v1) assemblies', () => {
  it('resolves the custom-resource OIDC provider, CfnJson trust and nested kubectl stack', () => {
    expectFinding(
      report,
      'EKS-IDN-001',
      locate(chart),
      'error',
      "'ci/runner'",
      'system:serviceaccount:ci:builder',
    );
    expect(report.clusters).toEqual(['V1/Cluster']);
  });

  it('leaves the service account made by addServiceAccount clean', () => {
    const onRole = report.findings.filter((f) => f.logicalId === locate(sa.role).logicalId);
    expect(onRole, summary(report)).toEqual([]);
  });
});
