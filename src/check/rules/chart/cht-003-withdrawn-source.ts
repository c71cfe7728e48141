import {
  MAINTAINED_SOURCES,
  WITHDRAWN_CHART_SOURCES,
  WITHDRAWN_IMAGE,
} from '../../data/chart-sources';
import { stringAt } from '../../model/kube';
import type { Hit, Rule } from '../rule';

export const withdrawnSource: Rule = {
  id: 'EKS-CHT-003',
  kind: 'chart',
  severity: 'error',
  title: 'Chart or image from a withdrawn source',
  why: 'Charts from withdrawn catalogues reference images that are no longer published: new pods sit in ImagePullBackOff.',
  fix: 'Install the chart from its maintained repository (external-dns: https://kubernetes-sigs.github.io/external-dns/, load balancer controller: https://aws.github.io/eks-charts).',
  cases: ['C06'],
  check(facts) {
    return facts.releases.flatMap((release): Hit[] => {
      const instead = MAINTAINED_SOURCES[release.chart];
      const advice = instead ? `; use ${instead}` : '';
      const source = WITHDRAWN_CHART_SOURCES.find((s) => s.pattern.test(release.repository ?? ''));
      if (source) {
        return [
          {
            resource: release.resource,
            message: `release '${release.release}' installs chart '${release.chart}' from ${release.repository}, ${source.what} (${source.since})${advice}`,
          },
        ];
      }
      const registry = stringAt(release.values, 'image.registry');
      const repository = stringAt(release.values, 'image.repository') ?? '';
      const image = registry ? `${registry}/${repository}` : repository;
      if (!WITHDRAWN_IMAGE.test(image)) return [];
      return [
        {
          resource: release.resource,
          message: `release '${release.release}' runs image '${image}', withdrawn with the Bitnami catalogue${advice}`,
        },
      ];
    });
  },
};
