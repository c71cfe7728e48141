import type { Rule } from '../rule';

export const renderFailed: Rule = {
  id: 'EKS-CHT-005',
  kind: 'chart',
  severity: 'error',
  title: 'Chart fails to render with its values',
  why: 'What `helm template` rejects (schema violations, required values, template errors), the deploy-time `helm upgrade --install` rejects too, after the cluster is up.',
  fix: 'Fix the values the message names; render locally with `helm template` to confirm.',
  check(facts) {
    return facts.releases
      .filter((r) => r.renderError)
      .map((release) => ({
        resource: release.resource,
        message: `release '${release.release}' (chart ${release.chart} ${release.version ?? 'unpinned'}) does not render: ${release.renderError}`,
      }));
  },
};
