import { describe, expect, it } from 'vitest';
import { diffShapes, normalizeResource } from '../../../bench/lib/templates';

describe('normalizeResource', () => {
  it('blanks logical ids and construct paths, drops metadata and sorts keys', () => {
    const ours = {
      Type: 'AWS::EC2::VPC',
      Properties: {
        Tags: [{ Key: 'Name', Value: 'eks-dev-1-35/Network/Network/Vpc' }],
        CidrBlock: '10.0.0.0/16',
      },
      Metadata: { 'aws:cdk:path': 'eks-dev-1-35/Network/Network/Vpc/Resource' },
    };
    const theirs = {
      Properties: {
        CidrBlock: '10.0.0.0/16',
        Tags: [{ Key: 'Name', Value: 'eks-dev-1-35/Network/Vpc' }],
      },
      Type: 'AWS::EC2::VPC',
    };
    expect(normalizeResource(ours, 'eks-dev-1-35')).toBe(normalizeResource(theirs, 'eks-dev-1-35'));
    expect(normalizeResource({ Ref: 'NetworkVpc7FB7348F' }, 'eks-dev-1-35')).toBe('{"Ref":"ID"}');
  });

  it('keeps values that differ, such as a CIDR block', () => {
    const a = normalizeResource({ Properties: { CidrBlock: '10.0.0.0/24' } }, 'eks-dev-1-35');
    const b = normalizeResource({ Properties: { CidrBlock: '10.0.0.0/18' } }, 'eks-dev-1-35');
    expect(a).not.toBe(b);
  });
});

describe('diffShapes', () => {
  it('counts resources without an identical twin on the other side, per stack kind, type', () => {
    const ours = new Map([
      ['Network AWS::EC2::Subnet', ['a', 'b', 'c']],
      ['Cluster AWS::EKS::Cluster', ['x']],
    ]);
    const baseline = new Map([
      ['Network AWS::EC2::Subnet', ['c', 'a', 'd']],
      ['Cluster AWS::EKS::Cluster', ['x']],
      ['Addons AWS::IAM::Policy', ['p']],
    ]);
    expect(diffShapes(ours, baseline)).toEqual([
      { key: 'Addons AWS::IAM::Policy', differing: 1 },
      { key: 'Network AWS::EC2::Subnet', differing: 1 },
    ]);
  });
});
