import type { Facts } from '../model/facts';
import type { Resource } from '../model/model';
import type { Severity } from '../types';

/** The eight kinds of fault of DESIGN §4, plus faults of the check itself. */
export type FaultKind =
  | 'identity'
  | 'permissions'
  | 'chart'
  | 'runtime'
  | 'ordering'
  | 'workloads'
  | 'dns'
  | 'zones'
  | 'check';

export const KIND_TITLES: Readonly<Record<FaultKind, string>> = {
  identity: '1. Identity wiring',
  permissions: '2. Permissions vs. what the controller calls',
  chart: '3. Chart contract',
  runtime: '4. Runtime assumptions',
  ordering: '5. Ordering and lifecycle',
  workloads: '6. Workload manifests',
  dns: '7. DNS ownership',
  zones: '8. Zone selection vs. IAM scope',
  check: 'The check itself',
};

/** What a rule found: where, and what is wrong with the values involved. */
export interface Hit {
  readonly resource: Resource;
  readonly message: string;
  /** Overrides the rule's severity for this hit (e.g. downgraded by context). */
  readonly severity?: Severity;
  /** Overrides the cluster derived from the resource. */
  readonly cluster?: string;
}

/** A rule: stable id, severity and texts in the registry; `check` is a pure function of facts. */
export interface Rule {
  readonly id: string;
  readonly kind: FaultKind;
  readonly severity: Severity;
  readonly title: string;
  readonly why: string;
  readonly fix: string;
  /** Cases of shared/cases this rule catches (C01...). */
  readonly cases?: readonly string[];
  check(facts: Facts): Hit[];
}
