import { isVersion, minorOf } from '../../../versions';
import { chartKeysFor } from '../../data/chart-keys';
import { stringAt } from '../../model/kube';
import type { Rule } from '../rule';

export const imageChartMismatch: Rule = {
  id: 'EKS-CHT-004',
  kind: 'chart',
  severity: 'warning',
  title: 'Image version does not belong to the chart version',
  why: 'A chart renders flags, RBAC and webhooks for its own application version; an older or newer image may not accept them, and the IAM policy follows the image, not the chart.',
  fix: "Drop `image.tag` to run the chart's own application version, or pin the chart release that ships the image you want.",
  check(facts) {
    return facts.releases.flatMap((release) => {
      const table = chartKeysFor(release.chart, release.version, release.repository);
      const tag = stringAt(release.values, 'image.tag');
      if (!table || !release.version || !isVersion(tag)) return [];
      const expected = table.appVersionOf(release.version);
      if (minorOf(expected) === minorOf(tag)) return [];
      return [
        {
          resource: release.resource,
          message: `release '${release.release}' pins chart ${release.chart} ${release.version} (application ${expected}) but image tag '${tag}'`,
        },
      ];
    });
  },
};
