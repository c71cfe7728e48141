import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { albControllerPolicy } from '../../../src/addons/aws-load-balancer-controller/published-policy';
import {
  albCallsFor,
  albControllerVersionOfChart,
  albTableCovers,
} from '../../../src/check/data/alb-controller-iam';
import { evaluate, statementsOf } from '../../../src/check/iam/policy';
import { compareVersions } from '../../../src/versions';

function missing(policyVersion: string, controllerVersion: string): string[] {
  const statements = statementsOf(albControllerPolicy(policyVersion));
  const calls = albCallsFor(controllerVersion).filter((c) => evaluate(statements, c) !== 'allowed');
  return [...new Set(calls.map((c) => c.action))];
}

describe('Load Balancer Controller permission table', () => {
  it.each(['2.4.0', '2.5.0', '2.7.0', '2.9.2', '2.13.0', '3.5.0'])(
    'the policy published for %s allows every call that version makes',
    (version) => {
      expect(missing(version, version)).toEqual([]);
    },
  );

  it('follows the history of added permissions (DESIGN §2)', () => {
    expect(missing('2.7.0', '2.9.2')).toEqual([
      'elasticloadbalancing:DescribeListenerAttributes',
      'elasticloadbalancing:ModifyListenerAttributes',
    ]);
    expect(missing('2.4.0', '2.5.0')).toEqual(['elasticloadbalancing:AddTags']);
    expect(missing('2.12.0', '2.13.0')).toEqual(['ec2:DescribeRouteTables']);
    expect(missing('2.13.0', '3.5.0')).toEqual([]);
  });

  it('maps chart versions to controller versions and knows its range', () => {
    expect(albControllerVersionOfChart('1.9.2')).toBe('2.9.2');
    expect(albControllerVersionOfChart('3.5.0')).toBe('3.5.0');
    expect(albTableCovers('3.5.0')).toBe(true);
    expect(albTableCovers('3.6.0')).toBe(false);
    expect(albTableCovers('2.3.1')).toBe(false);
  });
});

/** The published iam_policy.json of each release, as aws-cdk-lib ships them for its AlbController. */
const PUBLISHED = join(
  dirname(require.resolve('aws-cdk-lib/package.json')),
  'aws-eks-v2/lib/addons',
);

function published(version: string) {
  return statementsOf(
    JSON.parse(readFileSync(join(PUBLISHED, `alb-iam_policy-v${version}.json`), 'utf8')),
  );
}

describe('permission table against the published policies', () => {
  const versions = readdirSync(PUBLISHED)
    .flatMap((f) => /^alb-iam_policy-v(.+)\.json$/.exec(f)?.[1] ?? [])
    .filter((v) => albTableCovers(v))
    .sort(compareVersions);

  it('finds the published policies of many releases', () => {
    expect(versions.length).toBeGreaterThan(30);
  });

  it('says each published policy allows every call of its own version', () => {
    const gaps = versions.flatMap((v) => {
      const statements = published(v);
      return albCallsFor(v)
        .filter((c) => evaluate(statements, c) !== 'allowed')
        .map((c) => `${v}: ${c.action}`);
    });
    expect(gaps).toEqual([]);
  });

  it('C05: the published v2.7.0 policy misses what v2.9.2 calls', () => {
    const statements = published('2.7.0');
    const calls = albCallsFor('2.9.2').filter((c) => evaluate(statements, c) !== 'allowed');
    expect([...new Set(calls.map((c) => c.action))]).toEqual([
      'elasticloadbalancing:DescribeListenerAttributes',
      'elasticloadbalancing:ModifyListenerAttributes',
    ]);
  });
});
