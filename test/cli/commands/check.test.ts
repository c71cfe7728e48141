import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAssembly } from '../../../src/check';
import { run } from '../../../src/cli/main';
import { recordOutput } from '../../../src/cli/output';
import { plainApp } from '../../check/fixtures/plain-app';

const HAND_MADE = resolve(__dirname, '../../check/fixtures/hand-made');
const CLEAN = join(HAND_MADE, 'render/assembly');
const BROKEN_IMPORT = join(HAND_MADE, 'kubectl-import/assembly');

async function check(...args: string[]) {
  const out = recordOutput();
  const code = await run(['check', ...args], out);
  return { code, stdout: out.out.join(''), stderr: out.err.join('') };
}

describe('eks-platform check', () => {
  let plain: string;
  beforeAll(() => {
    process.env.CDK_VALIDATION = 'false';
    plain = mkdtempSync(join(tmpdir(), 'plain-'));
    plainApp(plain).synth();
  });

  it('exits 0 and says so when there is nothing to report', async () => {
    const result = await check('--out', CLEAN);
    expect(result).toEqual({
      code: 0,
      stdout: 'eks-platform check: no findings (1 cluster).\n',
      stderr: '',
    });
  });

  it('exits 2 when the assembly holds nothing EKS, so a mistyped --out cannot pass', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'empty-assembly-'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: '48.0.0', artifacts: {} }));
    const result = await check('--out', dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^eks-platform: --out: .* holds no EKS cluster, Helm release or Kubernetes manifest;/,
    );
  });

  it('exits 1 with the findings grouped by cluster when there are errors', async () => {
    const result = await check('--out', BROKEN_IMPORT);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('EKS-ORD-004 error at Charts/Nginx');
    expect(result.stdout).toContain('eks-platform check FAILED: 1 error, 0 warnings');
  });

  it('prints the same report as JSON with --json', async () => {
    const result = await check('--out', BROKEN_IMPORT, '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual(checkAssembly(BROKEN_IMPORT));
  });

  it('exits 2 with one line when the folder is not a cloud assembly', async () => {
    const result = await check('--out', '/nonexistent/cdk.out');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      "eks-platform: /nonexistent/cdk.out: no manifest.json; expected a cloud assembly folder written by 'cdk synth' (e.g. cdk.out)\n",
    );
  });

  it('exits 2 naming the file when the assembly holds broken JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'broken-'));
    writeFileSync(join(dir, 'manifest.json'), '{"artifacts": {');
    const result = await check('--out', dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^eks-platform: .*manifest\.json: broken JSON .*\n$/);
  });

  it('exits 2 when --render has no charts folder', async () => {
    const result = await check('--out', CLEAN, '--render', '--charts', '/nonexistent/charts');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--charts: '/nonexistent/charts' is not a folder");
  });

  it('checks the assembly of a plain CDK app that never imported this project', async () => {
    const result = await check('--out', plain, '--json');
    const report = JSON.parse(result.stdout);
    expect(result.code).toBe(1);
    expect(report.clusters).toEqual(['PlainEks/Cluster']);
    const ids = report.findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toEqual(['EKS-IDN-010', 'EKS-ORD-002']);
    const noRole = report.findings.find((f: { ruleId: string }) => f.ruleId === 'EKS-IDN-010');
    expect(noRole).toMatchObject({
      stack: 'PlainEks',
      message: expect.stringContaining("'dns/dns'"),
    });
  });
});
