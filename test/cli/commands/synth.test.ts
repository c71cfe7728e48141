import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { run } from '../../../src/cli/main';
import { recordOutput } from '../../../src/cli/output';
import { DEFAULT_CONFIG_FILE, defaultConfigObject, tempDir } from '../../support/platform';

describe('eks-platform synth', () => {
  it('synthesizes the default config with the validator on, and the check finds nothing', async () => {
    delete process.env.CDK_VALIDATION;
    const out = join(tempDir(), 'cdk.out');
    const recorded = recordOutput();
    const code = await run(['synth', '--config', DEFAULT_CONFIG_FILE, '--out', out], recorded);
    expect(recorded.err.join('')).toBe('');
    expect(code).toBe(0);
    const summary = recorded.out.join('');
    expect(summary).toContain('eks-dev-1-35 (account 111111111111, us-east-1)');
    expect(summary).toMatch(/stack eks-dev-1-35-Addons: \d+ resources/);
    expect(summary).toContain(
      'add-on external-dns (external-dns@1.21.1): service account kube-system/external-dns, irsa role eks-dev-1-35/Addons/ExternalDns/Identity/Role',
    );
    expect(summary).toMatch(/\neks-platform check passed: 0 errors, 0 warnings in 1 cluster\n$/);
    const report = JSON.parse(readFileSync(join(out, 'validation-report.json'), 'utf8'));
    const [validator] = report.pluginReports;
    expect(validator.pluginName).toBe('CloudFormation Validate');
    expect(validator.conclusion).toBe('success');
    expect(validator.violations).toEqual([]);
    expect(existsSync(join(out, 'assembly-eks-dev-1-35', 'manifest.json'))).toBe(true);
  });

  it('keeps the check clean with the sample workloads switched on', async () => {
    process.env.CDK_VALIDATION = 'false';
    const config = defaultConfigObject();
    (config.clusters[0] as Record<string, any>).samples = { enabled: true };
    const dir = tempDir();
    writeFileSync(join(dir, 'samples.yaml'), stringify(config));
    const recorded = recordOutput();
    const out = join(dir, 'cdk.out');
    const code = await run(
      ['synth', '--config', join(dir, 'samples.yaml'), '--out', out],
      recorded,
    );
    expect(code).toBe(0);
    const summary = recorded.out.join('');
    expect(summary).toMatch(/stack eks-dev-1-35-Workloads: \d+ resources/);
    expect(summary).toContain('eks-platform check passed: 0 errors, 0 warnings in 1 cluster');
  });

  it('skips the check with --no-check', async () => {
    process.env.CDK_VALIDATION = 'false';
    const recorded = recordOutput();
    const out = join(tempDir(), 'cdk.out');
    const code = await run(
      ['synth', '--config', DEFAULT_CONFIG_FILE, '--out', out, '--no-check'],
      recorded,
    );
    expect(code).toBe(0);
    expect(recorded.out.join('')).not.toContain('eks-platform check');
  });
});
