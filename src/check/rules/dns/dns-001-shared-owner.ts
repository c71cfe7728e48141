import { flagValue } from '../../model/controllers';
import { filterSelectsZone, zoneSelection } from '../helpers/zones';
import type { Hit, Rule } from '../rule';

/** ExternalDNS's owner id when `--txt-owner-id` is not given. */
export const DEFAULT_OWNER = 'default';

export const sharedOwnerId: Rule = {
  id: 'EKS-DNS-001',
  kind: 'dns',
  severity: 'error',
  title: 'Two ExternalDNS installations share an owner id on the same zone',
  why: "ExternalDNS treats records carrying its owner id as its own; two instances with the same id on one zone delete and overwrite each other's records (with `policy: sync` they delete them).",
  fix: 'Give every ExternalDNS installation its own `txtOwnerId`, e.g. the cluster name.',
  cases: ['C13'],
  check(facts) {
    const dns = facts.controllers.filter((c) => c.kind === 'external-dns');
    const hits: Hit[] = [];
    dns.forEach((a, i) => {
      for (const b of dns.slice(i + 1)) {
        const ownerA = flagValue(a.args, 'txt-owner-id') ?? DEFAULT_OWNER;
        const ownerB = flagValue(b.args, 'txt-owner-id') ?? DEFAULT_OWNER;
        if (ownerA !== ownerB || !overlap(a, b)) continue;
        hits.push({
          resource: b.release.resource,
          message: `external-dns releases '${a.release.release}' (${a.release.resource.stack.displayName}) and '${b.release.release}' (${b.release.resource.stack.displayName}) both own records as '${ownerA}' on the same zone`,
        });
      }
    });
    return hits;
  },
};

function overlap(a: Parameters<typeof zoneSelection>[0], b: Parameters<typeof zoneSelection>[0]) {
  const sa = zoneSelection(a);
  const sb = zoneSelection(b);
  if (sa.zoneIdFilters.length && sb.zoneIdFilters.length) {
    return sa.zoneIdFilters.some((z) => sb.zoneIdFilters.includes(z));
  }
  if (sa.domainFilters.length === 0 || sb.domainFilters.length === 0) return true;
  return sa.domainFilters.some((fa) =>
    sb.domainFilters.some((fb) => filterSelectsZone(fa, fb) || filterSelectsZone(fb, fa)),
  );
}
