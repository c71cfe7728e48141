import { mayChange } from '../helpers/zone-roles';
import { selectedZones, zoneSelection } from '../helpers/zones';
import type { Hit, Rule } from '../rule';

export const selectedZoneOutsideRole: Rule = {
  id: 'EKS-ZON-002',
  kind: 'zones',
  severity: 'error',
  title: 'Filters select a zone the role may not change',
  why: "ExternalDNS manages every zone its filters select; for a zone outside the role's scope each change fails with AccessDenied, record by record.",
  fix: "Narrow the domain or zone id filters to the zones the role may change, or add the zone to the role's ChangeResourceRecordSets resources.",
  check(facts) {
    const hits: Hit[] = [];
    for (const controller of facts.controllers.filter((c) => c.kind === 'external-dns')) {
      const selection = zoneSelection(controller);
      const ids = new Set([
        ...selection.zoneIdFilters,
        ...selectedZones(facts, selection).map((z) => z.id),
      ]);
      for (const id of ids) {
        if (mayChange(facts, controller, id) !== false) continue;
        const zone = facts.hostedZones.find((z) => z.id === id);
        hits.push({
          resource: controller.release.resource,
          message: `external-dns release '${controller.release.release}' selects zone ${zone ? `'${zone.name}' (${zone.resource.logicalId})` : `'${id}'`}, which its role may not change`,
        });
      }
    }
    return hits;
  },
};
