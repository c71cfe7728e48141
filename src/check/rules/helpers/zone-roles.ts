import { evaluate } from '../../iam/policy';
import type { ControllerFact } from '../../model/controllers';
import type { HostedZoneFact } from '../../model/eks';
import type { Facts } from '../../model/facts';
import { identityOf } from './identity';

/** Whether the controller's role may change records in a zone; undefined when not provable. */
export function mayChange(facts: Facts, controller: ControllerFact, zoneId: string) {
  const role = identityOf(facts, controller.serviceAccount).role;
  if (!role) return undefined;
  const request = {
    action: 'route53:ChangeResourceRecordSets',
    resource: `arn:aws:route53:::hostedzone/${zoneId}`,
  };
  return evaluate(role.permissions, request) === 'allowed';
}

/** Hosted zones of the assembly the controller's role was scoped to (not `*`). */
export function zonesOfRole(facts: Facts, controller: ControllerFact): HostedZoneFact[] {
  const role = identityOf(facts, controller.serviceAccount).role;
  if (!role) return [];
  const wildcard = evaluate(role.permissions, {
    action: 'route53:ChangeResourceRecordSets',
    resource: 'arn:aws:route53:::hostedzone/ZSOMEOTHERZONE0000',
  });
  if (wildcard === 'allowed') return [];
  return facts.hostedZones.filter((z) => mayChange(facts, controller, z.id));
}
