import { zonesOfRole } from '../helpers/zone-roles';
import { selectedZones, zoneSelection } from '../helpers/zones';
import type { Hit, Rule } from '../rule';

export const roleZoneNotSelected: Rule = {
  id: 'EKS-ZON-003',
  kind: 'zones',
  severity: 'error',
  title: 'Filters miss the zone the role was made for',
  why: 'The role may change one zone but the filters select others: ExternalDNS never writes to the zone it was set up for.',
  fix: 'Make a domain filter equal the zone name (or use `--zone-id-filter=<zone id>`).',
  check(facts) {
    const hits: Hit[] = [];
    for (const controller of facts.controllers.filter((c) => c.kind === 'external-dns')) {
      const selection = zoneSelection(controller);
      if (selection.domainFilters.length === 0 && selection.zoneIdFilters.length === 0) continue;
      const selected = selectedZones(facts, selection);
      const roleZones = zonesOfRole(facts, controller);
      if (roleZones.length === 0 || roleZones.some((z) => selected.includes(z))) continue;
      // A filter below the role's zone is EKS-ZON-001's finding.
      const below = selection.domainFilters.some((f) =>
        roleZones.some((z) => f.endsWith(`.${z.name}`)),
      );
      if (below && !selection.matchParent) continue;
      hits.push({
        resource: controller.release.resource,
        message: `external-dns release '${controller.release.release}' filters [${[...selection.domainFilters, ...selection.zoneIdFilters].join(', ')}] but its role may only change ${roleZones.map((z) => `'${z.name}'`).join(', ')}`,
      });
    }
    return hits;
  },
};
