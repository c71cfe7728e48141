import { Stack, Token } from 'aws-cdk-lib';
import { RegionInfo } from 'aws-cdk-lib/region-info';
import type { IConstruct } from 'constructs';

/**
 * The partition (`aws`, `aws-cn`, `aws-us-gov`, ...) of the stack holding `scope`, as a literal when
 * the stack's region is known, so policies read exactly like the published ones; otherwise the
 * `AWS::Partition` pseudo parameter.
 */
export function partitionOf(scope: IConstruct): string {
  const stack = Stack.of(scope);
  if (Token.isUnresolved(stack.region)) return stack.partition;
  return RegionInfo.get(stack.region).partition ?? stack.partition;
}
