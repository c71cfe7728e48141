import { describe, expect, it } from 'vitest';
import {
  albCallsFor,
  albControllerVersionOfChart,
  albTableCovers,
} from '../../../src/check/data/alb-controller-iam';
import { albControllerPolicy } from '../../../src/check/data/alb-controller-policy';
import { evaluate, statementsOf } from '../../../src/check/iam/policy';

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
