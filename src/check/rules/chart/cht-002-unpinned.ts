import type { Rule } from '../rule';

export const unpinnedChart: Rule = {
  id: 'EKS-CHT-002',
  kind: 'chart',
  severity: 'error',
  title: 'Chart version not pinned',
  why: 'Without `version` Helm installs whatever is latest at deploy time: two deploys of the same assembly install different charts, values keys and IAM needs.',
  fix: "Set the chart `version` (and keep the controller's IAM permissions for that version next to it).",
  cases: ['C06'],
  check(facts) {
    return facts.releases
      .filter((r) => !r.version && r.repository)
      .map((release) => ({
        resource: release.resource,
        message: `release '${release.release}' installs chart '${release.chart}' from ${release.repository} without a version`,
      }));
  },
};
