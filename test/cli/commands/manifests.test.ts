import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { run } from '../../../src/cli/main';
import { recordOutput } from '../../../src/cli/output';
import { renderSampleManifests, toYaml } from '../../../src/workloads';
import {
  configFrom,
  defaultConfigObject,
  synthFirstCluster,
  tempDir,
} from '../../support/platform';

type ConfigObject = ReturnType<typeof defaultConfigObject>;

function writeConfig(edit: (config: ConfigObject) => void = () => undefined): string {
  const config = defaultConfigObject();
  edit(config);
  const file = join(tempDir(), 'platform.yaml');
  writeFileSync(file, stringify(config));
  return file;
}

const enableSamples = (config: ConfigObject) => {
  (config.clusters[0] as { samples: { enabled: boolean } }).samples.enabled = true;
};

async function manifests(...args: string[]) {
  const out = recordOutput();
  const code = await run(['manifests', ...args], out);
  return { code, stdout: out.out.join(''), stderr: out.err.join('') };
}

describe('eks-platform manifests', () => {
  let printed: Awaited<ReturnType<typeof manifests>>;
  let applied: string;

  beforeAll(async () => {
    printed = await manifests('--config', writeConfig(enableSamples));
    const config = defaultConfigObject();
    enableSamples(config);
    const { stage } = synthFirstCluster(configFrom(config));
    if (!stage.workloads) throw new Error('no Workloads stack');
    const template = Template.fromStack(stage.workloads);
    const [manifest] = Object.values(
      template.findResources('Custom::AWSCDK-EKS-KubernetesResource'),
    );
    applied = manifest?.Properties.Manifest;
  });

  test('prints exactly the objects the Workloads stack applies, byte for byte', () => {
    const documents = parseAllDocuments(printed.stdout).map((d) => d.toJS());

    expect(printed.code).toBe(0);
    expect(printed.stderr).toBe('');
    expect(JSON.stringify(documents)).toBe(applied);
    expect(printed.stdout).toBe(toYaml(JSON.parse(applied)));
  });

  test('uses the host names the config resolves (defaults under the zone)', () => {
    expect(printed.stdout).toContain(
      'external-dns.alpha.kubernetes.io/hostname: nginx.example.com\n',
    );
    expect(printed.stdout).toContain('- host: nginx-alb.example.com\n');
  });

  test('prints the manifests of a cluster without samples and says no stack applies them', async () => {
    const { code, stdout, stderr } = await manifests('--config', writeConfig());

    expect(code).toBe(0);
    expect(stdout).toBe(
      toYaml(
        renderSampleManifests({
          serviceHostName: 'nginx.example.com',
          ingressHostName: 'nginx-alb.example.com',
        }),
      ),
    );
    expect(stderr).toBe(
      'eks-platform: note: samples are disabled for eks-dev-1-35, so no stack applies these manifests; set samples.enabled: true to deploy them with the platform\n',
    );
  });

  describe('with two clusters', () => {
    const twoClusters = (config: ConfigObject) => {
      const [first] = config.clusters;
      config.clusters.push({
        ...first,
        stage: 'prod',
        network: { vpcCidr: '10.1.0.0/16', natGateways: 1 },
        samples: {
          enabled: true,
          serviceHostName: 'shop.example.com',
          ingressHostName: 'www.example.com',
        },
      });
    };

    test('prints the cluster named by --cluster', async () => {
      const { code, stdout } = await manifests(
        '--config',
        writeConfig(twoClusters),
        '--cluster',
        'eks-prod-1-35',
      );

      expect(code).toBe(0);
      expect(stdout).toContain('external-dns.alpha.kubernetes.io/hostname: shop.example.com\n');
      expect(stdout).toContain('- host: www.example.com\n');
    });

    test('refuses to guess the cluster, exit 2 and a one-line message listing the names', async () => {
      const { code, stdout, stderr } = await manifests('--config', writeConfig(twoClusters));

      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        'eks-platform: --cluster: required when the config has 2 clusters; expected one of: eks-dev-1-35, eks-prod-1-35\n',
      );
    });
  });

  test('refuses an unknown cluster with exit 2', async () => {
    const { code, stdout, stderr } = await manifests(
      '--config',
      writeConfig(),
      '--cluster',
      'eks-qa',
    );

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('eks-platform: --cluster: got "eks-qa"; expected one of: eks-dev-1-35\n');
  });

  test('refuses a missing config file with exit 2 and no stack trace', async () => {
    const missing = join(tempDir(), 'absent.yaml');

    const { code, stderr } = await manifests('--config', missing);

    expect(code).toBe(2);
    expect(stderr).toBe(`eks-platform: --config: cannot read ${missing} (ENOENT)\n`);
  });
});
