import { flagValue } from '../../model/controllers';
import type { Rule } from '../rule';

export const unsetOwnerId: Rule = {
  id: 'EKS-DNS-002',
  kind: 'dns',
  severity: 'warning',
  title: 'ExternalDNS owner id not set',
  why: "Without `txtOwnerId` ExternalDNS owns records as 'default', the same as every other installation that forgot it; a second cluster on the zone takes them over.",
  fix: 'Set `txtOwnerId` to a value unique to this cluster, e.g. the cluster name.',
  cases: ['C13'],
  check(facts) {
    return facts.controllers
      .filter((c) => c.kind === 'external-dns' && !flagValue(c.args, 'txt-owner-id'))
      .filter((c) => (flagValue(c.args, 'registry') ?? 'txt') === 'txt')
      .map((c) => ({
        resource: c.release.resource,
        message: `external-dns release '${c.release.release}' sets no txtOwnerId, so it owns records as 'default'`,
      }));
  },
};
