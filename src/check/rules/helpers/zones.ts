import { type ControllerFact, flagValue, flagValues } from '../../model/controllers';
import type { HostedZoneFact } from '../../model/eks';
import type { Facts } from '../../model/facts';
import type { RoleFact } from '../../model/iam-roles';

/** ExternalDNS settings that decide which zones it manages. */
export interface ZoneSelection {
  readonly domainFilters: string[];
  readonly zoneIdFilters: string[];
  readonly matchParent: boolean;
  readonly zoneType?: string;
}

export function zoneSelection(controller: ControllerFact): ZoneSelection {
  const args = controller.args;
  return {
    domainFilters: flagValues(args, 'domain-filter')
      .flatMap((f) => f.split(','))
      .map(trimDot),
    zoneIdFilters: flagValues(args, 'zone-id-filter').flatMap((f) => f.split(',')),
    matchParent: ['true', ''].includes(flagValue(args, 'aws-zone-match-parent') ?? 'no'),
    zoneType: flagValue(args, 'aws-zone-type'),
  };
}

/** True when a domain filter selects a zone (the zone is the filter or below it). */
export function filterSelectsZone(filter: string, zone: string): boolean {
  return zone === filter || zone.endsWith(`.${filter}`);
}

/** Hosted zones of the assembly that the filters select; all of them when no filter is set. */
export function selectedZones(facts: Facts, selection: ZoneSelection): HostedZoneFact[] {
  return facts.hostedZones.filter((zone) => {
    if (selection.zoneIdFilters.length > 0 && !selection.zoneIdFilters.includes(zone.id)) {
      return false;
    }
    if (selection.domainFilters.length === 0) return selection.zoneIdFilters.length > 0;
    return selection.domainFilters.some(
      (f) =>
        filterSelectsZone(f, zone.name) ||
        (selection.matchParent && filterSelectsZone(zone.name, f)),
    );
  });
}

/** Zone ids a role's statements name for record changes (`.../hostedzone/<id>`). */
export function zoneIdsInPolicy(role: RoleFact): string[] {
  return role.permissions
    .filter((s) => s.effect === 'Allow')
    .flatMap((s) => s.resources ?? [])
    .flatMap((r) => {
      const id = /hostedzone\/([^*?]+)$/.exec(r)?.[1];
      return id ? [id] : [];
    });
}

export function trimDot(name: string): string {
  return name.replace(/\.$/, '');
}
