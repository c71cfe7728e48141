import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CheckReport, checkAssembly } from '../../../src/check';
import { expectFinding, findingsOf, summary } from '../fixtures/expect';
import {
  addAlbController,
  addCluster,
  addExternalDns,
  locate,
  newApp,
  synth,
} from '../fixtures/platform-app';

const app = newApp();
const where: Record<string, { stack: string; logicalId: string }> = {};

// C05: controller v2.9.2 (chart 1.9.2) with the policy published for v2.7.
where.c05 = locate(
  addAlbController(addCluster(app, 'c05-bad'), {
    version: '1.9.2',
    values: (v) => ({ ...v, image: { tag: 'v2.9.2' } }),
    policyVersion: '2.7.0',
  }).role,
);
addAlbController(addCluster(app, 'c05-ok'), {
  version: '1.9.2',
  values: (v) => ({ ...v, image: { tag: 'v2.9.2' } }),
  policyVersion: '2.9.2',
});
where.c05latest = locate(
  addAlbController(addCluster(app, 'c05-latest'), { policyVersion: '2.12.0' }).role,
);
// Deny and NotAction: an explicit Deny beats the published policy; NotAction iam:* misses IAM.
const deny = addAlbController(addCluster(app, 'prm-deny'));
deny.role.addToPolicy(
  new iam.PolicyStatement({
    effect: iam.Effect.DENY,
    actions: ['elasticloadbalancing:Describe*'],
    resources: ['*'],
  }),
);
where.deny = locate(deny.role);
where.notAction = locate(
  addAlbController(addCluster(app, 'prm-notaction'), { policyVersion: 'none' }).role,
);
where.unknownVersion = locate(
  addAlbController(addCluster(app, 'prm-unknown'), { version: '3.9.0' }).chart,
);

// Kind 2 for ExternalDNS: a missing call, and writes to every zone while a zone id filter is set.
where.dnsMissing = locate(
  addExternalDns(addCluster(app, 'prm-dns-missing'), {
    statements: (zone) => [
      new iam.PolicyStatement({ actions: ['route53:ChangeResourceRecordSets'], resources: [zone] }),
      new iam.PolicyStatement({ actions: ['route53:ListResourceRecordSets'], resources: [zone] }),
    ],
  }).role,
);
const anyZone = () => [
  new iam.PolicyStatement({
    actions: ['route53:ChangeResourceRecordSets', 'route53:ListResourceRecordSets'],
    resources: ['arn:aws:route53:::hostedzone/*'],
  }),
  new iam.PolicyStatement({ actions: ['route53:ListHostedZones'], resources: ['*'] }),
];
where.dnsWide = locate(
  addExternalDns(addCluster(app, 'prm-dns-wide'), {
    statements: anyZone,
    values: (v) => ({ ...v, extraArgs: ['--zone-id-filter=Z0123456789EXAMPLE'] }),
  }).role,
);
where.dnsWideUnknown = locate(
  addExternalDns(addCluster(app, 'prm-dns-wide-nofilter'), { statements: anyZone }).role,
);

// C06: the withdrawn Bitnami catalogue (HTTP and OCI) and an unpinned chart.
where.c06 = locate(
  addExternalDns(addCluster(app, 'c06-bitnami'), {
    repository: 'https://charts.bitnami.com/bitnami',
    version: '8.3.5',
    values: (v) => ({ ...v, image: { registry: 'docker.io', repository: 'bitnami/external-dns' } }),
  }).chart,
);
where.c06oci = locate(
  addExternalDns(addCluster(app, 'c06-oci'), {
    chart: 'oci://registry-1.docker.io/bitnamicharts/external-dns',
    repository: '',
    version: '8.3.5',
  }).chart,
);
where.unpinned = locate(addExternalDns(addCluster(app, 'c06-unpinned'), { version: '' }).chart);
where.image = locate(
  addExternalDns(addCluster(app, 'cht-image'), {
    values: (v) => ({ ...v, image: { tag: 'v0.14.2' } }),
  }).chart,
);
where.awsRegion = locate(
  addExternalDns(addCluster(app, 'cht-aws-region'), {
    values: (v) => ({ ...v, aws: { region: 'us-east-1' } }),
  }).chart,
);

// C07: region and vpcId left to instance metadata; once without and once with hop limit 2.
const drop = ({ region: _r, vpcId: _v, ...rest }: Record<string, unknown>) => rest;
where.c07 = locate(addAlbController(addCluster(app, 'c07-bad'), { values: drop }).chart);
const hop2 = addCluster(app, 'c07-hop2');
new ec2.LaunchTemplate(hop2.cluster.stack, 'Nodes', {
  requireImdsv2: true,
  httpPutResponseHopLimit: 2,
});
where.c07hop2 = locate(addAlbController(hop2, { values: drop }).chart);

const compliant = addCluster(app, 'compliant');
addAlbController(compliant);
addExternalDns(compliant);

let report: CheckReport;
beforeAll(() => {
  report = checkAssembly(synth(app));
});

describe('kind 2: permissions vs. what the controller calls', () => {
  it('C05: lists the actions v2.9.2 calls that the v2.7 policy misses', () => {
    const f = expectFinding(
      report,
      'EKS-PRM-001',
      where.c05,
      'error',
      'v2.9.2',
      'elasticloadbalancing:DescribeListenerAttributes',
      'elasticloadbalancing:ModifyListenerAttributes',
    );
    expect(f.message).not.toContain('DescribeTrustStores');
    expect(findingsOf(report, 'c05-ok'), summary(report)).toEqual([]);
  });

  it('C05: the v2.12 policy misses ec2:DescribeRouteTables for v3.5.0', () => {
    expectFinding(
      report,
      'EKS-PRM-001',
      where.c05latest,
      'error',
      'v3.5.0',
      'ec2:DescribeRouteTables',
    );
  });

  it('lets an explicit Deny win over the published policy', () => {
    expectFinding(
      report,
      'EKS-PRM-001',
      where.deny,
      'error',
      'denies elasticloadbalancing:DescribeLoadBalancers',
    );
  });

  it('reads NotAction: everything but IAM still misses the service-linked role call', () => {
    const f = expectFinding(
      report,
      'EKS-PRM-001',
      where.notAction,
      'error',
      'misses iam:CreateServiceLinkedRole',
    );
    expect(f.message).not.toContain('elasticloadbalancing');
  });

  it('warns when the controller version has no permission table', () => {
    expectFinding(report, 'EKS-PRM-004', where.unknownVersion, 'warning', 'v3.9.0');
  });

  it('reports a Route 53 call the ExternalDNS role cannot make', () => {
    expectFinding(report, 'EKS-PRM-002', where.dnsMissing, 'error', 'route53:ListHostedZones on *');
  });

  it('reports writes outside the zone the filters select (error) or any zone (warning)', () => {
    expectFinding(report, 'EKS-PRM-003', where.dnsWide, 'error', 'any hosted zone', 'beyond');
    expectFinding(report, 'EKS-PRM-003', where.dnsWideUnknown, 'warning', 'any hosted zone');
  });
});

describe('kind 3: chart contract', () => {
  it('C06: reports the Bitnami catalogue and recommends the kubernetes-sigs chart', () => {
    expectFinding(
      report,
      'EKS-CHT-003',
      where.c06,
      'error',
      'https://charts.bitnami.com/bitnami',
      'kubernetes-sigs.github.io/external-dns',
    );
    expectFinding(
      report,
      'EKS-CHT-003',
      where.c06oci,
      'error',
      'oci://registry-1.docker.io/bitnamicharts',
      'kubernetes-sigs',
    );
  });

  it('C06: reports a chart without a pinned version', () => {
    expectFinding(
      report,
      'EKS-CHT-002',
      where.unpinned,
      'error',
      "'external-dns'",
      'without a version',
    );
  });

  it('warns when the image does not belong to the chart version', () => {
    expectFinding(report, 'EKS-CHT-004', where.image, 'warning', '1.21.1', 'v0.14.2');
  });

  it('names what external-dns reads instead of aws.region', () => {
    expectFinding(
      report,
      'EKS-CHT-001',
      where.awsRegion,
      'error',
      "'aws.region'",
      'AWS_DEFAULT_REGION',
    );
  });
});

describe('kind 4: runtime assumptions', () => {
  it('C07: region and vpcId missing is an error without hop limit 2', () => {
    expectFinding(report, 'EKS-RUN-001', where.c07, 'error', "'region' or 'vpcId'");
  });

  it('C07: is a warning when every launch template allows hop limit 2', () => {
    expectFinding(report, 'EKS-RUN-001', where.c07hop2, 'warning', 'hop limit of 2');
  });
});

describe('compliant counterpart', () => {
  it('stays clean with the pinned charts, full v3.5.0 policy and region and vpcId set', () => {
    expect(findingsOf(report, 'compliant'), summary(report)).toEqual([]);
  });
});
