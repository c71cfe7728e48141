// Entry point for the CDK CLI (`npx cdk synth|diff|deploy|destroy`, see cdk.json). The config file is
// the context value `config` (`npx cdk deploy '**' -c config=my.yaml`), default config/default.yaml.
import { App } from 'aws-cdk-lib';
import { loadConfig } from '../config';
import { isInputError } from '../errors';
import { ClusterStage } from './cluster-stage';

const app = new App();
const file = String(app.node.tryGetContext('config') ?? 'config/default.yaml');
try {
  for (const cluster of loadConfig(file).clusters) {
    new ClusterStage(app, cluster.name, { config: cluster });
  }
} catch (error) {
  if (!isInputError(error)) throw error;
  process.stderr.write(`eks-platform: ${error.message}\n`);
  process.exit(2);
}
app.synth();
