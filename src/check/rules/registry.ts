import { unknownValuesKey } from './chart/cht-001-unknown-values-key';
import { unpinnedChart } from './chart/cht-002-unpinned';
import { withdrawnSource } from './chart/cht-003-withdrawn-source';
import { imageChartMismatch } from './chart/cht-004-image-version';
import { renderFailed } from './chart/cht-005-render-failed';
import { sharedOwnerId } from './dns/dns-001-shared-owner';
import { unsetOwnerId } from './dns/dns-002-unset-owner';
import { txtCnameCollision } from './dns/dns-003-txt-cname-collision';
import { trustSubjectMismatch } from './identity/idn-001-trust-subject';
import { wildcardUnderExactOperator } from './identity/idn-002-wildcard-exact';
import { broadWildcardSubject } from './identity/idn-003-wildcard-like';
import { wrongAudience } from './identity/idn-004-audience';
import { missingAudience } from './identity/idn-005-missing-audience';
import { missingSubject } from './identity/idn-006-no-subject';
import { foreignIssuer } from './identity/idn-007-foreign-issuer';
import { podIdentityTrust } from './identity/idn-008-pod-identity-trust';
import { podIdentityAgent } from './identity/idn-009-pod-identity-agent';
import { controllerWithoutRole } from './identity/idn-010-controller-without-role';
import { annotationNotApplied } from './identity/idn-011-annotation-not-created';
import { podIdentityConditions } from './identity/idn-012-pod-identity-conditions';
import { providerKeyMismatch } from './identity/idn-013-provider-key-mismatch';
import { workloadBeforeController } from './ordering/ord-001-workload-before-controller';
import { helmTimeoutAtLambdaLimit } from './ordering/ord-002-helm-timeout';
import { controllerChartNoWait } from './ordering/ord-003-controller-no-wait';
import { kubectlProviderUnreachable } from './ordering/ord-004-kubectl-unreachable';
import { albControllerPermissions } from './permissions/prm-001-alb-controller-actions';
import { externalDnsPermissions } from './permissions/prm-002-external-dns-actions';
import { externalDnsZoneScope } from './permissions/prm-003-external-dns-zone-scope';
import { unknownControllerVersion } from './permissions/prm-004-unknown-version';
import type { Rule } from './rule';
import { albInstanceMetadata } from './runtime/run-001-alb-instance-metadata';
import { missingBackendService } from './workloads/wkl-001-missing-service';
import { missingBackendPort } from './workloads/wkl-002-missing-port';
import { instanceTargetOnClusterIp } from './workloads/wkl-003-instance-target-clusterip';
import { deprecatedClassAnnotation } from './workloads/wkl-004-deprecated-class-annotation';
import { internalByDefault } from './workloads/wkl-005-internal-by-default';
import { filterBelowZone } from './zones/zon-001-filter-below-zone';
import { selectedZoneOutsideRole } from './zones/zon-002-zone-outside-role';
import { roleZoneNotSelected } from './zones/zon-003-role-zone-not-selected';

/** Raised by the runner when a rule throws; the run goes on. */
export const RULE_CRASHED: Omit<Rule, 'check'> = {
  id: 'EKS-CHK-001',
  kind: 'check',
  severity: 'error',
  title: 'A rule crashed',
  why: 'A rule failed on this assembly, so the fault it looks for was not checked.',
  fix: 'Report the message to the eks-platform maintainers with the assembly (or a reduced template).',
};

/** Every rule of the check, in the order of the fault kinds. Ids are stable once released. */
export const RULES: readonly Rule[] = [
  trustSubjectMismatch,
  wildcardUnderExactOperator,
  broadWildcardSubject,
  wrongAudience,
  missingAudience,
  missingSubject,
  foreignIssuer,
  podIdentityTrust,
  podIdentityAgent,
  controllerWithoutRole,
  annotationNotApplied,
  podIdentityConditions,
  providerKeyMismatch,
  albControllerPermissions,
  externalDnsPermissions,
  externalDnsZoneScope,
  unknownControllerVersion,
  unknownValuesKey,
  unpinnedChart,
  withdrawnSource,
  imageChartMismatch,
  renderFailed,
  albInstanceMetadata,
  workloadBeforeController,
  helmTimeoutAtLambdaLimit,
  controllerChartNoWait,
  kubectlProviderUnreachable,
  missingBackendService,
  missingBackendPort,
  instanceTargetOnClusterIp,
  deprecatedClassAnnotation,
  internalByDefault,
  sharedOwnerId,
  unsetOwnerId,
  txtCnameCollision,
  filterBelowZone,
  selectedZoneOutsideRole,
  roleZoneNotSelected,
];
