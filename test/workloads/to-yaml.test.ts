import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { renderSampleManifests } from '../../src/workloads/manifests';
import { toYaml } from '../../src/workloads/to-yaml';
import { SAMPLE_HOSTS } from './sample-hosts';

describe('toYaml', () => {
  const objects = renderSampleManifests(SAMPLE_HOSTS);
  const yaml = toYaml(objects);

  test('writes one document per object, each opened by ---', () => {
    expect(yaml.startsWith('---\napiVersion: v1\nkind: Namespace\n')).toBe(true);
    expect(yaml.match(/^---$/gm)).toHaveLength(objects.length);
    expect(yaml.endsWith('\n')).toBe(true);
  });

  test('parses back to exactly the objects, key order included', () => {
    const parsed = parseAllDocuments(yaml).map((d) => d.toJS());

    expect(JSON.stringify(parsed)).toBe(JSON.stringify(objects));
  });

  test('writes shared label objects out in full instead of anchors and aliases', () => {
    expect(yaml).not.toMatch(/[&*]a\d/);
    expect(yaml.match(/app\.kubernetes\.io\/part-of: samples/g)).toHaveLength(6);
  });

  test('never folds long annotation values', () => {
    const long = {
      ...SAMPLE_HOSTS,
      ingressHostName: `${'a'.repeat(60)}.${'b'.repeat(60)}.example.com`,
    };

    expect(toYaml(renderSampleManifests(long))).toContain(`host: ${long.ingressHostName}\n`);
  });

  test('keeps the Ingress annotations and class as kubectl expects them', () => {
    expect(yaml).toContain(
      [
        '  annotations:',
        '    alb.ingress.kubernetes.io/scheme: internet-facing',
        '    alb.ingress.kubernetes.io/target-type: ip',
        '    alb.ingress.kubernetes.io/healthcheck-path: /',
        'spec:',
        '  ingressClassName: alb',
      ].join('\n'),
    );
  });
});
