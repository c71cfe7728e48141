import { webIdentityTrusts } from '../helpers/irsa';
import type { Rule } from '../rule';

export const missingAudience: Rule = {
  id: 'EKS-IDN-005',
  kind: 'identity',
  severity: 'warning',
  title: 'Web-identity trust checks the subject but not the audience',
  why: 'Without an `<issuer>:aud` condition the role also accepts tokens the cluster issued for other audiences, which AWS recommends against.',
  fix: 'Add `StringEquals` `<issuer>:aud` = `sts.amazonaws.com` next to the `:sub` condition.',
  cases: ['C03'],
  check(facts) {
    return facts.roles.flatMap((role) =>
      webIdentityTrusts(role)
        .filter((t) => t.sub.length > 0 && t.aud.length === 0)
        .map(() => ({
          resource: role.resource,
          message: `web-identity trust conditions on '${role.resource.logicalId}' name a subject but no ':aud' audience`,
        })),
    );
  },
};
