import { SOME_OTHER_ZONE } from '../../data/external-dns-iam';
import { evaluate } from '../../iam/policy';
import { identityOf } from '../helpers/identity';
import { selectedZones, zoneSelection } from '../helpers/zones';
import type { Rule } from '../rule';

export const externalDnsZoneScope: Rule = {
  id: 'EKS-PRM-003',
  kind: 'permissions',
  severity: 'error',
  title: 'ExternalDNS role may change records outside the zones it manages',
  why: 'A role allowed to change any hosted zone lets a misconfigured filter (or a compromised pod) rewrite records of every zone in the account.',
  fix: 'Scope route53:ChangeResourceRecordSets to `arn:aws:route53:::hostedzone/<zone id>` of the managed zones.',
  check(facts) {
    return facts.controllers.flatMap((controller) => {
      if (controller.kind !== 'external-dns') return [];
      const role = identityOf(facts, controller.serviceAccount).role;
      if (!role) return [];
      const change = { action: 'route53:ChangeResourceRecordSets', resource: SOME_OTHER_ZONE };
      if (evaluate(role.permissions, change) !== 'allowed') return [];
      const selection = zoneSelection(controller);
      const known =
        selection.zoneIdFilters.length > 0 || selectedZones(facts, selection).length > 0;
      return [
        {
          resource: role.resource,
          // Without a known intended zone it is a hardening hint, not a proven fault.
          severity: known ? undefined : 'warning',
          message: `role '${role.resource.logicalId}' of external-dns release '${controller.release.release}' may change record sets in any hosted zone${known ? ', beyond the zones its filters select' : ''}`,
        },
      ];
    });
  },
};
