import { display } from '../../model/symbols';
import { annotatedServiceAccounts } from '../helpers/identity';
import {
  isExactOperator,
  subjectOf,
  trustedSubjects,
  trustsSubject,
  webIdentityTrusts,
} from '../helpers/irsa';
import type { Rule } from '../rule';

export const trustSubjectMismatch: Rule = {
  id: 'EKS-IDN-001',
  kind: 'identity',
  severity: 'error',
  title: 'Role trust does not name the service account that uses it',
  why: 'STS compares the token subject `system:serviceaccount:<namespace>:<name>` with the trust condition; any other name fails with "Not authorized to perform sts:AssumeRoleWithWebIdentity".',
  fix: "Make the trust's `<issuer>:sub` condition name exactly the namespace and name of the service account the chart or manifest creates (or set the chart's serviceAccount.name to the trusted name).",
  cases: ['C01'],
  check(facts) {
    return annotatedServiceAccounts(facts).flatMap(({ sa, role }) => {
      const trusts = webIdentityTrusts(role);
      if (trusts.length === 0) return [];
      const subject = subjectOf(sa.namespace, sa.name);
      if (trusts.some((t) => trustsSubject(t, subject))) return [];
      // A wildcard under an exact operator is EKS-IDN-002's finding.
      const literalWildcard = trusts.some((t) =>
        t.sub.some((c) => isExactOperator(c.operator) && c.values.some((v) => /[*?]/.test(v))),
      );
      if (literalWildcard) return [];
      const trusted = trustedSubjects(role);
      return [
        {
          resource: sa.source,
          message: `service account '${sa.namespace}/${sa.name}' (${sa.origin === 'values' ? `from values of release '${sa.release?.release}'` : sa.origin}) uses role ${display(role.resource.logicalId)}, whose trust allows only ${trusted.length ? trusted.map((s) => `'${display(s)}'`).join(', ') : 'no service account subject'}, not '${subject}'`,
        },
      ];
    });
  },
};
