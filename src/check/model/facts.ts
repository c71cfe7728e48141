import type { StackArtifact } from '../assembly/read-assembly';
import { type ControllerFact, readControllers } from './controllers';
import {
  type ClusterFact,
  clusterNamed,
  type HostedZoneFact,
  type LaunchTemplateFact,
  type OidcProviderFact,
  type PodIdentityFact,
  readClusters,
  readHostedZones,
  readLaunchTemplates,
  readOidcProviders,
  readPodIdentities,
} from './eks';
import { type RoleFact, readRoles } from './iam-roles';
import {
  type HelmReleaseFact,
  type KubeObject,
  readHelmReleases,
  readManifestObjects,
} from './kube';
import { Model } from './model';
import { fromObjects, fromValues, type ServiceAccountFact } from './service-accounts';

/** Renders one release to Kubernetes objects, or undefined when its chart is not at hand. */
export type ReleaseRenderer = (release: HelmReleaseFact) => KubeObject[] | undefined;

/** Everything the rules look at, read from the assembly once. */
export interface Facts {
  readonly model: Model;
  readonly clusters: ClusterFact[];
  readonly oidcProviders: OidcProviderFact[];
  readonly roles: RoleFact[];
  readonly releases: HelmReleaseFact[];
  /** Objects from manifest resources and rendered charts. */
  readonly objects: KubeObject[];
  readonly serviceAccounts: ServiceAccountFact[];
  readonly podIdentities: PodIdentityFact[];
  readonly controllers: ControllerFact[];
  readonly launchTemplates: LaunchTemplateFact[];
  readonly hostedZones: HostedZoneFact[];
  /** `AWS::EKS::Addon` resources: add-on name and the cluster it is for. */
  readonly eksAddons: { name: string; cluster?: ClusterFact }[];
}

export function buildFacts(stacks: StackArtifact[], render?: ReleaseRenderer): Facts {
  const model = new Model(stacks);
  const clusters = readClusters(model);
  const releases = readHelmReleases(model, clusters);
  if (render) {
    for (const release of releases) release.rendered = render(release);
  }
  const objects = [
    ...readManifestObjects(model, clusters),
    ...releases.flatMap((r) => r.rendered ?? []),
  ];
  const serviceAccounts = [
    ...fromObjects(objects),
    ...releases.flatMap((r) => {
      if (r.rendered) return [];
      const sa = fromValues(r);
      return sa ? [sa] : [];
    }),
  ];
  return {
    model,
    clusters,
    oidcProviders: readOidcProviders(model),
    roles: readRoles(model),
    releases,
    objects,
    serviceAccounts,
    podIdentities: readPodIdentities(model, clusters),
    controllers: readControllers(releases, serviceAccounts),
    launchTemplates: readLaunchTemplates(model),
    hostedZones: readHostedZones(model),
    eksAddons: model.ofType('AWS::EKS::Addon').map((r) => ({
      name: String(r.props.AddonName ?? ''),
      cluster: clusterNamed(clusters, r.props.ClusterName),
    })),
  };
}
