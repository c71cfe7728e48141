import { externalDnsCalls } from '../../data/external-dns-iam';
import { evaluate } from '../../iam/policy';
import { flagValue } from '../../model/controllers';
import { identityOf } from '../helpers/identity';
import { selectedZones, zoneIdsInPolicy, zoneSelection } from '../helpers/zones';
import type { Rule } from '../rule';

export const externalDnsPermissions: Rule = {
  id: 'EKS-PRM-002',
  kind: 'permissions',
  severity: 'error',
  title: 'ExternalDNS role misses Route 53 calls it makes',
  why: 'ExternalDNS lists all hosted zones, then lists and changes record sets in the zones it manages; a missing call fails with "not authorized to perform route53:..." after the deploy.',
  fix: 'Allow route53:ListHostedZones on `*`, and route53:ListResourceRecordSets and route53:ChangeResourceRecordSets on `arn:aws:route53:::hostedzone/<zone id>` of each managed zone.',
  check(facts) {
    return facts.controllers.flatMap((controller) => {
      if (controller.kind !== 'external-dns') return [];
      const role = identityOf(facts, controller.serviceAccount).role;
      if (!role) return [];
      const selection = zoneSelection(controller);
      const zones = [
        ...selection.zoneIdFilters,
        ...selectedZones(facts, selection).map((z) => z.id),
      ];
      const zoneIds = zones.length ? zones : zoneIdsInPolicy(role);
      const calls = externalDnsCalls(zoneIds.length ? [...new Set(zoneIds)] : ['ZANYZONE'], {
        zoneTags: flagValue(controller.args, 'aws-zone-tags') !== undefined,
      });
      const missing = calls.filter((c) => evaluate(role.permissions, c) !== 'allowed');
      if (missing.length === 0) return [];
      return [
        {
          resource: role.resource,
          message: `role '${role.resource.logicalId}' of external-dns release '${controller.release.release}' cannot ${missing.map((c) => `${c.action} on ${c.resource}`).join(', ')}`,
        },
      ];
    });
  },
};
