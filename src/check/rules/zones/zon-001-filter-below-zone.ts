import { zonesOfRole } from '../helpers/zone-roles';
import { filterSelectsZone, zoneSelection } from '../helpers/zones';
import type { Hit, Rule } from '../rule';

export const filterBelowZone: Rule = {
  id: 'EKS-ZON-001',
  kind: 'zones',
  severity: 'error',
  title: 'Domain filter is a subdomain of the zone, so it selects no zone',
  why: 'ExternalDNS matches domain filters against zone names: a filter `apps.example.com` does not select the zone `example.com`, so nothing is created and nothing reports an error.',
  fix: 'Filter on the zone name (`example.com`), or add `--aws-zone-match-parent` (or `--zone-id-filter=<zone id>`) to extraArgs.',
  cases: ['C14'],
  check(facts) {
    const hits: Hit[] = [];
    for (const controller of facts.controllers.filter((c) => c.kind === 'external-dns')) {
      const selection = zoneSelection(controller);
      if (selection.matchParent || selection.zoneIdFilters.length > 0) continue;
      const candidates = zonesOfRole(facts, controller);
      const zones = candidates.length ? candidates : facts.hostedZones;
      for (const filter of selection.domainFilters) {
        if (facts.hostedZones.some((z) => filterSelectsZone(filter, z.name))) continue;
        const parent = zones.find((z) => filterSelectsZone(z.name, filter));
        if (!parent) continue;
        hits.push({
          resource: controller.release.resource,
          message: `external-dns release '${controller.release.release}' filters on '${filter}', below zone '${parent.name}' (${parent.resource.logicalId}); no zone matches the filter`,
        });
      }
    }
    return hits;
  },
};
