import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { ClusterConfig } from '../../config';

export interface PlatformStackProps extends StackProps {
  readonly config: ClusterConfig;
}

/**
 * Base of the platform's stacks. It answers `availabilityZones` from the config, so no construct
 * falls back to a context lookup that would need credentials and a `cdk.context.json`.
 */
export class PlatformStack extends Stack {
  readonly config: ClusterConfig;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, props);
    this.config = props.config;
  }

  override get availabilityZones(): string[] {
    return [...this.config.availabilityZones];
  }
}
