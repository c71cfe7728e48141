import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { beforeAll, describe, expect, it } from 'vitest';
import { AwsLoadBalancerController } from '../../src/addons/aws-load-balancer-controller';
import { NATIVE_OIDC_FLAG, PlatformCluster } from '../../src/cluster';

let template: Template;
let controller: AwsLoadBalancerController;

beforeAll(() => {
  process.env.CDK_VALIDATION = 'false';
  const app = new App({ context: { [NATIVE_OIDC_FLAG]: true } });
  const stack = new Stack(app, 'Platform', {
    env: { account: '111111111111', region: 'eu-west-1' },
  });
  const vpc = new ec2.Vpc(stack, 'Vpc', { availabilityZones: ['eu-west-1a', 'eu-west-1b'] });
  const { cluster } = new PlatformCluster(stack, 'Cluster', {
    vpc,
    clusterName: 'pi',
    kubernetesVersion: '1.35',
  });
  controller = new AwsLoadBalancerController(stack, 'Lbc', { cluster, identity: 'pod-identity' });
  template = Template.fromStack(stack);
});

describe('PodIdentity', () => {
  it('trusts the EKS pods service with AssumeRole and TagSession, and no web identity', () => {
    const roles = template.findResources('AWS::IAM::Role', {
      Properties: { Description: 'Pod Identity role of kube-system/aws-load-balancer-controller' },
    });
    const [role] = Object.values(roles) as any[];
    const statements = role.Properties.AssumeRolePolicyDocument.Statement;
    expect(statements).toEqual([
      {
        Action: 'sts:AssumeRole',
        Effect: 'Allow',
        Principal: { Service: 'pods.eks.amazonaws.com' },
      },
      {
        Action: 'sts:TagSession',
        Effect: 'Allow',
        Principal: { Service: 'pods.eks.amazonaws.com' },
      },
    ]);
  });

  it('associates exactly the controller service account, after the agent add-on', () => {
    const associations = template.findResources('AWS::EKS::PodIdentityAssociation');
    const [association] = Object.values(associations) as any[];
    expect(association.Properties).toMatchObject({
      Namespace: 'kube-system',
      ServiceAccount: 'aws-load-balancer-controller',
    });
    template.hasResourceProperties('AWS::EKS::Addon', { AddonName: 'eks-pod-identity-agent' });
    expect(association.DependsOn).toEqual(
      expect.arrayContaining([expect.stringMatching(/EksPodIdentityAgent/)]),
    );
  });

  it('leaves the service account without a role annotation', () => {
    expect(controller.identity.serviceAccountAnnotations).toEqual({});
    expect((controller.values.serviceAccount as any).annotations).toEqual({});
  });
});
