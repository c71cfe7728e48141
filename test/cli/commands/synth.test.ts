import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main';
import { recordOutput } from '../../../src/cli/output';
import { DEFAULT_CONFIG_FILE, tempDir } from '../../support/platform';

describe('eks-platform synth', () => {
  it('synthesizes the default config with the CloudFormation validator on and no findings', async () => {
    delete process.env.CDK_VALIDATION;
    const out = join(tempDir(), 'cdk.out');
    const recorded = recordOutput();
    const code = await run(
      ['synth', '--config', DEFAULT_CONFIG_FILE, '--out', out, '--no-check'],
      recorded,
    );
    expect(recorded.err.join('')).toBe('');
    expect(code).toBe(0);
    const summary = recorded.out.join('');
    expect(summary).toContain('eks-dev-1-35 (account 111111111111, us-east-1)');
    expect(summary).toMatch(/stack eks-dev-1-35-Addons: \d+ resources/);
    expect(summary).toContain(
      'add-on external-dns (external-dns@1.21.1): service account kube-system/external-dns, irsa role eks-dev-1-35/Addons/ExternalDns/Identity/Role',
    );
    const report = JSON.parse(readFileSync(join(out, 'validation-report.json'), 'utf8'));
    const [validator] = report.pluginReports;
    expect(validator.pluginName).toBe('CloudFormation Validate');
    expect(validator.conclusion).toBe('success');
    expect(validator.violations).toEqual([]);
    expect(existsSync(join(out, 'assembly-eks-dev-1-35', 'manifest.json'))).toBe(true);
  });
});
