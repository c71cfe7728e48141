import type { RequestContext } from '../../iam/conditions';
import { evaluateConditions } from '../../iam/conditions';
import type { Statement } from '../../iam/policy';
import type { RoleFact } from '../../model/iam-roles';
import { isSymbolic } from '../../model/symbols';

export const WEB_IDENTITY = 'sts:AssumeRoleWithWebIdentity';
export const STS_AUDIENCE = 'sts.amazonaws.com';

/** One condition on a web-identity claim (`<issuer>:sub` or `<issuer>:aud`). */
export interface ClaimCondition {
  readonly operator: string;
  readonly key: string;
  readonly issuer: string;
  readonly values: string[];
}

export interface WebIdentityTrust {
  readonly statement: Statement;
  readonly federated: string[];
  readonly sub: ClaimCondition[];
  readonly aud: ClaimCondition[];
}

/**
 * The Allow statements of a role's trust that let an EKS service account token (IRSA) assume it.
 * Other web identities (GitHub Actions, Cognito...) follow other rules and are left out.
 */
export function webIdentityTrusts(role: RoleFact): WebIdentityTrust[] {
  return role.trust
    .filter((s) => s.effect === 'Allow' && allowsAction(s, WEB_IDENTITY) && isEksTrust(s))
    .map((statement) => {
      const claims = claimsOf(statement);
      return {
        statement,
        federated: statement.principal === '*' ? ['*'] : (statement.principal?.Federated ?? []),
        sub: claims.filter((c) => c.key.endsWith(':sub')),
        aud: claims.filter((c) => c.key.endsWith(':aud')),
      };
    });
}

function claimsOf(statement: Statement): ClaimCondition[] {
  return Object.entries(statement.conditions).flatMap(([operator, block]) =>
    Object.entries(block ?? {}).flatMap(([key, value]) =>
      /:(sub|aud)$/.test(key)
        ? [
            {
              operator,
              key,
              issuer: key.replace(/:(sub|aud)$/, ''),
              values: (Array.isArray(value) ? value : [value]).map(String),
            },
          ]
        : [],
    ),
  );
}

export function allowsAction(statement: Statement, action: string): boolean {
  const actions = statement.actions;
  if (actions) return actions.some((a) => a === action || a === 'sts:*' || a === '*');
  return !(statement.notActions ?? []).includes(action);
}

export function subjectOf(namespace: string, name: string): string {
  return `system:serviceaccount:${namespace}:${name}`;
}

/**
 * True when the statement's subject conditions admit this service account. Only the `:sub`
 * conditions count here; audiences are EKS-IDN-004's concern.
 */
export function trustsSubject(trust: WebIdentityTrust, subject: string): boolean {
  const conditions: Record<string, Record<string, unknown>> = {};
  const context: Record<string, string> = {};
  for (const c of trust.sub) {
    conditions[c.operator] = { ...conditions[c.operator], [c.key]: c.values };
    context[c.key] = subject;
  }
  return evaluateConditions(conditions, context as RequestContext);
}

/** The subjects a trust names, for messages. */
export function trustedSubjects(role: RoleFact): string[] {
  return webIdentityTrusts(role).flatMap((t) => t.sub.flatMap((c) => c.values));
}

export function isExactOperator(operator: string): boolean {
  return /^(ForAnyValue:|ForAllValues:)?StringEquals(IgnoreCase)?(IfExists)?$/.test(operator);
}

export function isLikeOperator(operator: string): boolean {
  return /^(ForAnyValue:|ForAllValues:)?StringLike(IfExists)?$/.test(operator);
}

/**
 * Two issuers differ provably when both are deploy-time tokens of different sources, or when the
 * known prefix of one (`oidc.eks.<region>.amazonaws.com/id/`) does not start the other.
 */
export function provablyDifferent(a: string, b: string): boolean {
  if (isSymbolic(a) && isSymbolic(b)) return a !== b;
  const [symbolic, literal] = isSymbolic(a) ? [a, b] : [b, a];
  if (!isSymbolic(symbolic)) return a !== b;
  return !literal.startsWith(symbolic.slice(0, symbolic.indexOf('«')));
}

/** An EKS issuer (`oidc.eks.<region>.amazonaws.com/id/...`) in the principal or the condition keys. */
function isEksTrust(statement: Statement): boolean {
  const federated = statement.principal === '*' ? [] : (statement.principal?.Federated ?? []);
  const keys = Object.values(statement.conditions).flatMap((block) => Object.keys(block ?? {}));
  return [...federated, ...keys].some((text) => /oidc\.eks\.[^/]+\/id\//.test(text));
}
