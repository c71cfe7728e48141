import * as route53 from 'aws-cdk-lib/aws-route53';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CheckReport, checkAssembly } from '../../../src/check';
import { expectFinding, findingsOf, summary } from '../fixtures/expect';
import {
  addCluster,
  addExternalDns,
  addPlatform,
  type ClusterFixture,
  locate,
  newApp,
  synth,
} from '../fixtures/platform-app';

const app = newApp();
const where: Record<string, { stack: string; logicalId: string }> = {};
const withoutOwner = ({ txtOwnerId: _o, ...rest }: Record<string, unknown>) => rest;

// C13: two clusters on one zone, first both without txtOwnerId, then both with the zone id.
where.c13a = locate(addExternalDns(addCluster(app, 'c13-a'), { values: withoutOwner }).chart);
where.c13b = locate(addExternalDns(addCluster(app, 'c13-b'), { values: withoutOwner }).chart);
const zoneOwner = (v: Record<string, unknown>) => ({ ...v, txtOwnerId: 'Z0123456789EXAMPLE' });
addExternalDns(addCluster(app, 'c13-c'), { values: zoneOwner });
where.c13d = locate(addExternalDns(addCluster(app, 'c13-d'), { values: zoneOwner }).chart);
where.cname = locate(
  addExternalDns(addCluster(app, 'dns-cname'), {
    values: (v) => ({ ...v, domainFilters: ['example.dev'], extraArgs: ['--aws-prefer-cname'] }),
  }).chart,
);

/** ExternalDNS with its role scoped to a zone of the assembly. */
function zoneCase(name: string, zoneName: string, values: Record<string, unknown>, own = true) {
  const fx: ClusterFixture = addCluster(app, name);
  const zone = new route53.PublicHostedZone(fx.addons, 'Zone', { zoneName });
  const parts = addExternalDns(fx, {
    ...(own ? { zoneId: zone.hostedZoneId } : {}),
    values: (v) => ({ ...v, ...values }),
  });
  return { chart: locate(parts.chart), zone: locate(zone) };
}

// C14: the filter is a subdomain of the zone the role was made for.
where.c14 = zoneCase('c14-bad', 'example.org', { domainFilters: ['apps.example.org'] }).chart;
zoneCase('c14-parent', 'example.info', {
  domainFilters: ['apps.example.info'],
  extraArgs: ['--aws-zone-match-parent'],
});
// Kind 8: filters selecting a zone outside the role; filters missing the role's zone.
where.outside = zoneCase(
  'zon-outside',
  'example.biz',
  { domainFilters: ['example.biz'] },
  false,
).chart;
where.missed = zoneCase('zon-missed', 'example.co', { domainFilters: ['example.io'] }).chart;

addPlatform(addCluster(app, 'compliant'));
zoneCase('zoned-ok', 'example.cloud', { domainFilters: ['example.cloud'] });

let report: CheckReport;
beforeAll(() => {
  report = checkAssembly(synth(app));
});

describe('kind 7: DNS ownership', () => {
  it('C13: two installations on one zone without txtOwnerId share the owner "default"', () => {
    expectFinding(
      report,
      'EKS-DNS-001',
      where.c13b,
      'error',
      "'default'",
      'c13-a/Addons',
      'c13-b/Addons',
    );
    expectFinding(report, 'EKS-DNS-002', where.c13a, 'warning', "'default'");
    expectFinding(report, 'EKS-DNS-002', where.c13b, 'warning', "'default'");
  });

  it('C13: the same explicit owner id on one zone is an error, without the unset warning', () => {
    expectFinding(report, 'EKS-DNS-001', where.c13d, 'error', "'Z0123456789EXAMPLE'");
    expect(findingsOf(report, 'c13-d').map((f) => f.ruleId)).toEqual(['EKS-DNS-001']);
  });

  it('warns when CNAME records and their TXT records share a name', () => {
    expectFinding(report, 'EKS-DNS-003', where.cname, 'warning', 'no txtPrefix or txtSuffix');
  });
});

describe('kind 8: zone selection vs. IAM scope', () => {
  it('C14: a domain filter below the zone selects no zone', () => {
    expectFinding(report, 'EKS-ZON-001', where.c14, 'error', "'apps.example.org'", "'example.org'");
    expect(findingsOf(report, 'c14-parent'), summary(report)).toEqual([]);
  });

  it('reports filters that select a zone the role may not change', () => {
    expectFinding(report, 'EKS-ZON-002', where.outside, 'error', "'example.biz'");
  });

  it('reports filters that miss the zone the role was made for', () => {
    expectFinding(report, 'EKS-ZON-003', where.missed, 'error', 'example.io', "'example.co'");
  });

  it('stays clean on the compliant platform and a zone the filters and role agree on', () => {
    expect(findingsOf(report, 'compliant'), summary(report)).toEqual([]);
    expect(findingsOf(report, 'zoned-ok'), summary(report)).toEqual([]);
  });
});

describe('IAM evaluation on templates', () => {
  it('treats a zone id known only at deploy time as that one zone, not as any zone', () => {
    expect(report.findings.filter((f) => f.ruleId === 'EKS-PRM-003')).toEqual([]);
  });
});
