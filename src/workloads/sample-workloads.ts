import * as eks from 'aws-cdk-lib/aws-eks-v2';
import { Construct, type IDependable } from 'constructs';
import {
  type KubernetesObject,
  renderSampleManifests,
  type SampleWorkloadsOptions,
} from './manifests';
import { LoadBalancerGuard, type LoadBalancerGuardProps } from './teardown/load-balancer-guard';

export interface SampleWorkloadsProps extends SampleWorkloadsOptions {
  /** The cluster to apply the workloads to; it may live in another stack. */
  readonly cluster: eks.ICluster;
  /**
   * The AWS Load Balancer Controller's chart. The workloads are applied after it and deleted
   * before it. Install it with `wait: true`, so "after" means "after its webhook is ready".
   */
  readonly loadBalancerController: IDependable;
  /** The ExternalDNS chart: the workloads are applied after it and deleted before it. */
  readonly externalDns: IDependable;
  /**
   * The cluster name the controller tags its resources with (the `clusterName` chart value).
   * @default - the cluster's name
   */
  readonly clusterName?: string;
  /**
   * How long and how stack deletion waits for the controller to remove the load balancers.
   * @default - wait up to 10 minutes, polling every 15 s, and fail the deletion if any remain
   */
  readonly teardown?: Omit<LoadBalancerGuardProps, 'clusterName'>;
}

/**
 * The reference workloads (`renderSampleManifests`) applied to a cluster, ordered against the
 * add-ons they need. Create: ExternalDNS and controller charts, then the teardown guard, then the
 * manifest. Delete, which CloudFormation runs in reverse: the manifest (`kubectl delete`, after
 * which the controller removes the NLB and ALB), then the guard, which waits until nothing tagged
 * with the cluster remains, and only then the charts and, in later stacks, the VPC.
 *
 * When this construct is in another stack than the charts, CDK turns the dependencies into a stack
 * dependency: this whole stack is created after and deleted before the add-ons' stack.
 */
export class SampleWorkloads extends Construct {
  /** Exactly what is applied, in order; `toYaml(objects)` prints the same for `kubectl apply`. */
  readonly objects: readonly KubernetesObject[];
  readonly manifest: eks.KubernetesManifest;
  readonly teardownGuard: LoadBalancerGuard;

  constructor(scope: Construct, id: string, props: SampleWorkloadsProps) {
    super(scope, id);
    this.objects = renderSampleManifests(props);

    this.teardownGuard = new LoadBalancerGuard(this, 'TeardownGuard', {
      ...props.teardown,
      clusterName: props.clusterName ?? props.cluster.clusterName,
    });

    this.manifest = new eks.KubernetesManifest(this, 'Manifest', {
      cluster: props.cluster,
      // A copy: KubernetesManifest edits what it is given (prune labels), and the template must
      // carry the same objects as the YAML. Without pruning, objects removed from this list in a
      // later version stay in the cluster; the namespace holds them all, so deleting it cleans up.
      manifest: structuredClone([...this.objects]),
      prune: false,
      // `kubectl apply` on create too, so objects applied earlier from `eks-platform manifests`
      // are adopted instead of failing the deploy.
      overwrite: true,
    });

    for (const addon of [props.loadBalancerController, props.externalDns]) {
      this.teardownGuard.node.addDependency(addon);
      this.manifest.node.addDependency(addon);
    }
    this.manifest.node.addDependency(this.teardownGuard.resource);
  }
}
