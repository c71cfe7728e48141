import * as iam from 'aws-cdk-lib/aws-iam';
import { albControllerPolicy } from './published-policy';

/**
 * The controller's published IAM policy for `version` (`docs/install/iam_policy.json` at that
 * release), as CDK statements with ARNs in `partition` (`aws`, `aws-cn`, `aws-us-gov`, ...). Kept in
 * code so synthesis never downloads it; the check reads the same tables.
 */
export function controllerPolicyStatements(
  partition: string,
  version = '3.5.0',
): iam.PolicyStatement[] {
  return albControllerPolicy(version).Statement.map((statement) =>
    iam.PolicyStatement.fromJson(
      JSON.parse(JSON.stringify(statement).replaceAll('"arn:aws:', `"arn:${partition}:`)),
    ),
  );
}
