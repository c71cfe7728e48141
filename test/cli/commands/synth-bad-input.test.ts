import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { run } from '../../../src/cli/main';
import { recordOutput } from '../../../src/cli/output';
import { defaultConfigObject, tempDir } from '../../support/platform';

type Edit = (cluster: Record<string, any>, config: { clusters: Record<string, any>[] }) => void;

/** Each bad config: how it is made, and what the one-line message must contain. */
const BAD_CONFIGS: [string, Edit | string, RegExp][] = [
  [
    'an account that is not 12 digits',
    (c) => (c.account = '1234'),
    /clusters\[0\]\.account: got "1234"; expected a 12-digit AWS account id/,
  ],
  [
    'a zone id of the wrong form',
    (c) => (c.dns.zoneId = 'abc'),
    /clusters\[0\]\.dns\.zoneId: got "abc"; expected a Route 53 hosted zone id/,
  ],
  [
    'an unsupported Kubernetes version',
    (c) => (c.kubernetesVersion = '1.29'),
    /clusters\[0\]\.kubernetesVersion: got "1\.29"; allowed: "1\.34", "1\.35", "1\.36"/,
  ],
  [
    'a misspelt field',
    (c) => (c.nodegroup = {}),
    /clusters\[0\]\.nodegroup: unknown field; allowed fields here: stage, name/,
  ],
  [
    'a zone outside the region',
    (c) => (c.availabilityZones = ['us-east-1a', 'us-west-2b']),
    /clusters\[0\]\.availabilityZones\[1\]: got "us-west-2b"; expected a zone of region us-east-1/,
  ],
  [
    'more NAT gateways than zones',
    (c) => (c.network.natGateways = 3),
    /clusters\[0\]\.network\.natGateways: got 3; expected at most 2/,
  ],
  [
    'node group sizes out of order',
    (c) => (c.nodeGroup.minSize = 5),
    /clusters\[0\]\.nodeGroup\.minSize: got 5; expected at most desiredSize \(minSize <= desiredSize <= maxSize\)/,
  ],
  [
    'a domain filter outside the zone',
    (c) => (c.externalDns.domainFilters = ['example.org']),
    /clusters\[0\]\.externalDns\.domainFilters\[0\]: got "example\.org"; expected example\.com or a name below it/,
  ],
  [
    'an unknown ExternalDNS policy',
    (c) => (c.externalDns.policy = 'delete-all'),
    /clusters\[0\]\.externalDns\.policy: got "delete-all"; allowed: "upsert-only", "sync", "create-only"/,
  ],
  [
    'a sample host outside the zone',
    (c) => (c.samples.serviceHostName = 'nginx.example.org'),
    /clusters\[0\]\.samples\.serviceHostName: got "nginx\.example\.org"; expected a name in zone example\.com/,
  ],
  [
    'a VPC CIDR too small for the subnets',
    (c) => (c.network.vpcCidr = '10.0.0.0/24'),
    /clusters\[0\]\.network\.vpcCidr: got "10\.0\.0\.0\/24"; expected a prefix from \/16 to \/20/,
  ],
  [
    'two clusters with one name',
    (c, config) => config.clusters.push({ ...c, stage: 'dev' }),
    /clusters\[1\]\.name: got "eks-dev-1-35", already used by clusters\[0\]/,
  ],
  [
    'two clusters with one owner id in one zone',
    (c, config) =>
      config.clusters.push({ ...c, stage: 'prod', externalDns: { txtOwnerId: 'eks-dev-1-35' } }),
    /clusters\[1\]\.externalDns\.txtOwnerId: got "eks-dev-1-35", already the owner id of clusters\[0\]/,
  ],
  [
    'no clusters at all',
    (_c, config) => (config.clusters = []),
    /clusters: got \[\]; expected at least 1 items/,
  ],
  ['a YAML syntax error', 'clusters: [\n  - stage: dev\n', /test\.yaml:\d+:\d+: not valid YAML/],
  [
    'a missing account with no environment fallback',
    (c) => delete c.account,
    /clusters\[0\]\.account: is required .*CDK_DEFAULT_ACCOUNT/,
  ],
];

describe('eks-platform synth with a bad config', () => {
  it.each(BAD_CONFIGS)(
    'rejects %s with exit 2, one line naming the field, nothing written',
    async (_title, edit, message) => {
      const dir = tempDir();
      const file = join(dir, 'test.yaml');
      if (typeof edit === 'string') writeFileSync(file, edit);
      else {
        const config = defaultConfigObject();
        edit(config.clusters[0] as Record<string, any>, config);
        writeFileSync(file, stringify(config));
      }
      const out = join(dir, 'cdk.out');
      const recorded = recordOutput();
      const saved = { ...process.env };
      for (const v of ['CDK_DEFAULT_ACCOUNT', 'AWS_ACCOUNT_ID']) delete process.env[v];
      try {
        const code = await run(['synth', '--config', file, '--out', out], recorded);
        const stderr = recorded.err.join('');
        expect(code).toBe(2);
        expect(stderr).toMatch(message);
        expect(stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(stderr).not.toMatch(/\n\s+at /);
        expect(recorded.out.join('')).toBe('');
        expect(existsSync(out)).toBe(false);
      } finally {
        process.env = saved;
      }
    },
  );

  it('rejects a config file that does not exist', async () => {
    const recorded = recordOutput();
    const code = await run(['synth', '--config', '/nonexistent/x.yaml'], recorded);
    expect(code).toBe(2);
    expect(recorded.err.join('')).toBe(
      'eks-platform: --config: cannot read /nonexistent/x.yaml (ENOENT)\n',
    );
  });

  it('rejects an unknown flag with exit 2', async () => {
    const recorded = recordOutput();
    const code = await run(['synth', '--colour'], recorded);
    expect(code).toBe(2);
    expect(recorded.err.join('')).toMatch(/unknown option '--colour'/);
  });

  it('refuses to replace a folder that is not a cloud assembly, and leaves it as it was', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'keep');
    const recorded = recordOutput();
    const code = await run(['synth', '--out', dir], recorded);
    expect(code).toBe(2);
    expect(recorded.err.join('')).toMatch(
      /^eks-platform: --out: got .*, a folder that holds no cloud assembly/,
    );
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });
});
