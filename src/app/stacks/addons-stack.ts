import type * as eks from 'aws-cdk-lib/aws-eks-v2';
import type { Construct } from 'constructs';
import { AwsLoadBalancerController } from '../../addons/aws-load-balancer-controller';
import { ExternalDns } from '../../addons/external-dns';
import type { InstalledAddon } from '../../addons/installed-addon';
import { PlatformStack, type PlatformStackProps } from './platform-stack';

export interface AddonsStackProps extends PlatformStackProps {
  readonly cluster: eks.ICluster;
}

/**
 * The controllers that turn Services and Ingresses into load balancers and DNS records. They reach
 * the cluster's kubectl provider and OIDC provider through cross-stack references.
 */
export class AddonsStack extends PlatformStack {
  readonly loadBalancerController: AwsLoadBalancerController;
  readonly externalDns: ExternalDns;
  /** Every add-on in install order; workloads depend on all of them. */
  readonly all: readonly InstalledAddon[];

  constructor(scope: Construct, id: string, props: AddonsStackProps) {
    super(scope, id, props);
    const { config, cluster } = props;
    this.loadBalancerController = new AwsLoadBalancerController(this, 'AwsLoadBalancerController', {
      cluster,
      replicas: config.loadBalancerController.replicas,
    });
    this.externalDns = new ExternalDns(this, 'ExternalDns', {
      cluster,
      zone: config.dns,
      domainFilters: config.externalDns.domainFilters,
      policy: config.externalDns.policy,
      txtOwnerId: config.externalDns.txtOwnerId,
    });
    this.all = [this.loadBalancerController, this.externalDns];
  }
}
