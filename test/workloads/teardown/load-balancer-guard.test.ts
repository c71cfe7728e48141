import { App, Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../../src/errors';
import {
  LoadBalancerGuard,
  type LoadBalancerGuardProps,
} from '../../../src/workloads/teardown/load-balancer-guard';

process.env.CDK_VALIDATION = 'false';

function synthGuard(props: Partial<LoadBalancerGuardProps> = {}) {
  const stack = new Stack(new App(), 'Guard');
  const guard = new LoadBalancerGuard(stack, 'Guard', { clusterName: 'eks-dev-1-35', ...props });
  return { guard, template: Template.fromStack(stack) };
}

describe('LoadBalancerGuard', () => {
  test('sizes the Lambda and the service timeout around the wait, leaving time to report', () => {
    const { template } = synthGuard({
      maxWait: Duration.minutes(12),
      pollInterval: Duration.seconds(30),
    });

    template.hasResourceProperties('AWS::Lambda::Function', { Timeout: 840 });
    template.hasResourceProperties('Custom::LoadBalancerTeardownGuard', {
      MaxWaitSeconds: 720,
      PollSeconds: 30,
      ServiceTimeout: '900',
    });
  });

  test('keeps its log in a log group of the stack, deleted with it', () => {
    const { template } = synthGuard();
    const [logGroupId] = Object.keys(template.findResources('AWS::Logs::LogGroup'));

    template.hasResource('AWS::Logs::LogGroup', {
      DeletionPolicy: 'Delete',
      Properties: { RetentionInDays: 30 },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogGroup: { Ref: logGroupId } },
    });
  });

  test('passes the VPC to the handler only when given', () => {
    const scoped = synthGuard({ vpcId: 'vpc-0a1b2c3d4e5f60718' }).template;
    const [withVpc] = Object.values(scoped.findResources('Custom::LoadBalancerTeardownGuard'));
    const [withoutVpc] = Object.values(
      synthGuard().template.findResources('Custom::LoadBalancerTeardownGuard'),
    );

    expect(withVpc?.Properties.VpcId).toBe('vpc-0a1b2c3d4e5f60718');
    expect(withoutVpc?.Properties).not.toHaveProperty('VpcId');
  });

  test('ships the handler inline, so synthesis needs no bundling and no asset upload', () => {
    const { template } = synthGuard();
    const [fn] = Object.values(template.findResources('AWS::Lambda::Function'));

    expect(fn?.Properties.Code.ZipFile).toContain('exports.handler =');
    expect(fn?.Properties.Code.S3Bucket).toBeUndefined();
  });

  test.each([
    [{ maxWait: Duration.seconds(30) }, 'teardown.maxWait: got 30 s; expected 60 to 720 s'],
    [{ maxWait: Duration.minutes(15) }, 'teardown.maxWait: got 900 s; expected 60 to 720 s'],
    [
      { pollInterval: Duration.seconds(2) },
      'teardown.pollInterval: got 2 s; expected 5 s to half of maxWait (300 s)',
    ],
    [
      { maxWait: Duration.minutes(2), pollInterval: Duration.minutes(1.5) },
      'teardown.pollInterval: got 90 s; expected 5 s to half of maxWait (60 s)',
    ],
  ])('refuses %o with a message naming the option', (props, message) => {
    let caught: unknown;
    try {
      synthGuard(props);
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).code).toBe('CONFIG_INVALID');
    expect((caught as InputError).message).toMatch(
      new RegExp(`^${message.replace(/[()]/g, '\\$&')}`),
    );
  });
});
