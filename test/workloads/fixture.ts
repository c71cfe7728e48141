import { KubectlV35Layer } from '@aws-cdk/lambda-layer-kubectl-v35';
import { App, Stack } from 'aws-cdk-lib';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import { SampleWorkloads, type SampleWorkloadsProps } from '../../src/workloads';
import { SAMPLE_HOSTS } from './sample-hosts';

export interface WorkloadsFixture {
  readonly app: App;
  readonly clusterStack: Stack;
  readonly addonsStack: Stack;
  readonly workloadsStack: Stack;
  readonly controller: eks.HelmChart;
  readonly externalDns: eks.HelmChart;
  readonly workloads: SampleWorkloads;
}

type ExtraProps = Partial<Omit<SampleWorkloadsProps, 'cluster'>>;

/**
 * A cluster stack, an add-ons stack with two charts standing in for the load balancer controller
 * and ExternalDNS, and the sample workloads: in their own stack (as the app does it) or, with
 * `sameStack`, next to the charts so resource-level DependsOn can be seen.
 */
export function buildWorkloadsFixture(options: { sameStack?: boolean } & ExtraProps = {}) {
  const { sameStack = false, ...extra } = options;
  const env = { account: '111111111111', region: 'us-east-1' };
  const app = new App();
  const clusterStack = new Stack(app, 'Cluster', { env });
  const cluster = new eks.Cluster(clusterStack, 'Cluster', {
    clusterName: 'eks-dev-1-35',
    version: eks.KubernetesVersion.V1_35,
    defaultCapacityType: eks.DefaultCapacityType.NODEGROUP,
    kubectlProviderOptions: { kubectlLayer: new KubectlV35Layer(clusterStack, 'KubectlLayer') },
  });
  const addonsStack = new Stack(app, 'Addons', { env });
  const chart = (id: string, name: string, repository: string, version: string) =>
    new eks.HelmChart(addonsStack, id, {
      cluster,
      chart: name,
      repository,
      version,
      namespace: 'kube-system',
      wait: true,
    });
  const controller = chart(
    'LoadBalancerController',
    'aws-load-balancer-controller',
    'https://aws.github.io/eks-charts',
    '3.5.0',
  );
  const externalDns = chart(
    'ExternalDns',
    'external-dns',
    'https://kubernetes-sigs.github.io/external-dns/',
    '1.21.1',
  );
  const workloadsStack = sameStack ? addonsStack : new Stack(app, 'Workloads', { env });
  const workloads = new SampleWorkloads(workloadsStack, 'Samples', {
    cluster,
    clusterName: 'eks-dev-1-35',
    loadBalancerController: controller,
    externalDns,
    ...SAMPLE_HOSTS,
    ...extra,
  });
  return { app, clusterStack, addonsStack, workloadsStack, controller, externalDns, workloads };
}
