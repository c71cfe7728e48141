import { flagValue } from '../../model/controllers';
import type { Rule } from '../rule';

export const txtCnameCollision: Rule = {
  id: 'EKS-DNS-003',
  kind: 'dns',
  severity: 'warning',
  title: 'Ownership TXT records can collide with CNAME records',
  why: 'DNS forbids other records beside a CNAME of the same name; with CNAME records (`--aws-prefer-cname`) and no TXT prefix or suffix, the ownership TXT record cannot be written and the record is never created.',
  fix: 'Set `txtPrefix` (e.g. `extdns-`) or `txtSuffix`, or drop `--aws-prefer-cname`.',
  check(facts) {
    return facts.controllers
      .filter((c) => c.kind === 'external-dns' && flagValue(c.args, 'aws-prefer-cname'))
      .filter((c) => (flagValue(c.args, 'registry') ?? 'txt') === 'txt')
      .filter((c) => !flagValue(c.args, 'txt-prefix') && !flagValue(c.args, 'txt-suffix'))
      .map((c) => ({
        resource: c.release.resource,
        message: `external-dns release '${c.release.release}' writes CNAME records with TXT ownership records of the same name (no txtPrefix or txtSuffix)`,
      }));
  },
};
