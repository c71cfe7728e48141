import type { Model, Resource } from './model';

/** An EKS cluster (`aws-eks-v2` native or `aws-eks` custom resource). */
export interface ClusterFact {
  readonly resource: Resource;
  /** Cluster name as written, else its construct path (or `<stack>/<logicalId>`). */
  readonly name: string;
  /** What `Ref` to the cluster resolves to; charts and associations name it this way. */
  readonly ref: unknown;
  /** Issuer URL (symbolic host part). */
  readonly issuer: string;
}

export interface OidcProviderFact {
  readonly resource: Resource;
  readonly arn: string;
  /** Issuer host without `https://`. */
  readonly host: string;
  /** Client ids (audiences); undefined when deploy-time. */
  readonly clientIds?: string[];
}

export interface LaunchTemplateFact {
  readonly resource: Resource;
  readonly hopLimit?: number;
}

export interface HostedZoneFact {
  readonly resource: Resource;
  /** Zone name without the trailing dot. */
  readonly name: string;
  /** What `Ref` resolves to: the zone id (symbolic). */
  readonly id: string;
  readonly private: boolean;
}

export interface PodIdentityFact {
  readonly resource: Resource;
  readonly cluster?: ClusterFact;
  readonly namespace: string;
  readonly serviceAccount: string;
  readonly roleArn: string;
}

export function readClusters(model: Model): ClusterFact[] {
  return model.ofType('AWS::EKS::Cluster', 'Custom::AWSCDK-EKS-Cluster').map((resource) => {
    const props = resource.props;
    const config = props.Config as { name?: unknown } | undefined;
    const literal = [props.Name, config?.name].find(
      (n) => typeof n === 'string' && !n.includes('«'),
    );
    const issuer = resource.resolve({
      'Fn::GetAtt': [resource.logicalId, 'OpenIdConnectIssuerUrl'],
    });
    return {
      resource,
      name:
        (literal as string | undefined) ??
        resource.path?.replace(/^\//, '') ??
        `${resource.stack.displayName}/${resource.logicalId}`,
      ref: resource.ref,
      issuer: String(issuer),
    };
  });
}

export function readOidcProviders(model: Model): OidcProviderFact[] {
  return model
    .ofType('AWS::IAM::OIDCProvider', 'Custom::AWSCDKOpenIdConnectProvider')
    .map((resource) => {
      const props = resource.props;
      const ids = props.ClientIdList ?? props.ClientIDList;
      const url = String(props.Url ?? '');
      return {
        resource,
        arn: String(resource.ref),
        host: url.replace(/^https:\/\//, ''),
        clientIds: Array.isArray(ids) ? ids.map(String) : undefined,
      };
    });
}

export function readLaunchTemplates(model: Model): LaunchTemplateFact[] {
  return model.ofType('AWS::EC2::LaunchTemplate').map((resource) => {
    const data = resource.props.LaunchTemplateData as
      | { MetadataOptions?: { HttpPutResponseHopLimit?: unknown } }
      | undefined;
    const hop = Number(data?.MetadataOptions?.HttpPutResponseHopLimit);
    return { resource, hopLimit: Number.isFinite(hop) ? hop : undefined };
  });
}

export function readHostedZones(model: Model): HostedZoneFact[] {
  return model.ofType('AWS::Route53::HostedZone').map((resource) => {
    const vpcs = resource.props.VPCs;
    return {
      resource,
      name: String(resource.props.Name ?? '').replace(/\.$/, ''),
      id: String(resource.ref),
      private: Array.isArray(vpcs) && vpcs.length > 0,
    };
  });
}

export function readPodIdentities(model: Model, clusters: ClusterFact[]): PodIdentityFact[] {
  return model.ofType('AWS::EKS::PodIdentityAssociation').map((resource) => {
    const props = resource.props;
    return {
      resource,
      cluster: clusterNamed(clusters, props.ClusterName),
      namespace: String(props.Namespace ?? ''),
      serviceAccount: String(props.ServiceAccount ?? ''),
      roleArn: String(props.RoleArn ?? ''),
    };
  });
}

/** The cluster a resolved `ClusterName` value names, if it is in the assembly. */
export function clusterNamed(clusters: ClusterFact[], value: unknown): ClusterFact | undefined {
  if (value === undefined) return undefined;
  return clusters.find((c) => c.ref === value || c.name === value);
}
