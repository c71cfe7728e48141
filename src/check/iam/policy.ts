import { evaluateConditions, type RequestContext } from './conditions';
import { wildcardMatch } from './match';

/** One statement of an IAM policy, normalised to lists. */
export interface Statement {
  readonly effect: 'Allow' | 'Deny';
  readonly actions?: string[];
  readonly notActions?: string[];
  readonly resources?: string[];
  readonly notResources?: string[];
  readonly principal?: Record<string, string[]> | '*';
  readonly conditions: Record<string, Record<string, unknown>>;
}

/** A call a controller makes: action, resource ARN (`*` for list calls) and request context. */
export interface Request {
  readonly action: string;
  readonly resource: string;
  readonly context?: RequestContext;
}

export type Decision = 'allowed' | 'explicit-deny' | 'implicit-deny';

/** Reads the statements of a resolved policy document; anything unreadable is skipped. */
export function statementsOf(document: unknown): Statement[] {
  const raw = (document as { Statement?: unknown })?.Statement;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.flatMap((s): Statement[] => {
    if (s === null || typeof s !== 'object') return [];
    const st = s as Record<string, unknown>;
    return [
      {
        effect: st.Effect === 'Deny' ? 'Deny' : 'Allow',
        actions: listOf(st.Action),
        notActions: listOf(st.NotAction),
        resources: listOf(st.Resource),
        notResources: listOf(st.NotResource),
        principal: principalOf(st.Principal),
        conditions: (st.Condition as Statement['conditions']) ?? {},
      },
    ];
  });
}

/** Evaluates identity-based statements for one request: an explicit Deny wins over any Allow. */
export function evaluate(statements: readonly Statement[], request: Request): Decision {
  let allowed = false;
  for (const statement of statements) {
    if (!appliesTo(statement, request)) continue;
    if (statement.effect === 'Deny') return 'explicit-deny';
    allowed = true;
  }
  return allowed ? 'allowed' : 'implicit-deny';
}

export function appliesTo(statement: Statement, request: Request): boolean {
  const actionMatch = statement.actions
    ? statement.actions.some((a) => wildcardMatch(a, request.action, true))
    : !(statement.notActions ?? []).some((a) => wildcardMatch(a, request.action, true));
  if (!actionMatch) return false;
  const resourceMatch = statement.resources
    ? statement.resources.some((r) => wildcardMatch(r, request.resource))
    : !(statement.notResources ?? []).some((r) => wildcardMatch(r, request.resource));
  if (!resourceMatch) return false;
  return evaluateConditions(statement.conditions, request.context ?? {});
}

function listOf(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value]).map((v) =>
    typeof v === 'string' ? v : JSON.stringify(v),
  );
}

function principalOf(value: unknown): Statement['principal'] {
  if (value === undefined) return undefined;
  if (value === '*') return '*';
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = listOf(v) ?? [];
  return out;
}
