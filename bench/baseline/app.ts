import { App } from 'aws-cdk-lib';
import { clusterNames } from '../lib/fleet';
import { BaselineClusterStage } from './platform-stage';

/**
 * Hand-written baseline: `BASELINE_CLUSTERS=<n> CDK_OUTDIR=<dir> node app.js` synthesizes n
 * clusters named like the bench's generated configs, with the validator switched by
 * CDK_VALIDATION exactly as for our synth.
 */
const count = Number(process.env.BASELINE_CLUSTERS ?? '1');
if (!Number.isInteger(count) || count < 1) {
  throw new Error(
    `BASELINE_CLUSTERS must be a positive integer, got ${process.env.BASELINE_CLUSTERS}`,
  );
}

// The feature flags of our cdk.json, and no stack traces in metadata, as `cdk synth` runs an app.
const app = new App({
  context: {
    '@aws-cdk/aws-eks:useNativeOidcProvider': true,
    '@aws-cdk/core:validateAgainstDefaultRules': true,
    '@aws-cdk/core:defaultCrossStackReferences': 'strong',
    'aws:cdk:disable-stack-trace': true,
    'aws:cdk:disable-creation-stack-traces': true,
  },
});
for (const clusterName of clusterNames(count)) {
  new BaselineClusterStage(app, {
    clusterName,
    env: { account: '111111111111', region: 'us-east-1' },
    region: 'us-east-1',
    zoneId: 'Z0123456789ABCDEFGHIJ',
    zoneName: 'example.com',
  });
}
app.synth();
