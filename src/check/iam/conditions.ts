import { wildcardMatch } from './match';

/** Condition keys of a request; a missing key is absent from the request. */
export type RequestContext = Readonly<Record<string, string | readonly string[]>>;

/**
 * Evaluates an IAM `Condition` block against a request context: all operators must hold, all keys
 * within an operator must hold, any value of a key may match. Supports the operators found in the
 * controller policies: String*, Arn*, Bool, Null, Numeric*, with `IfExists` and the
 * `ForAnyValue:`/`ForAllValues:` set prefixes. An operator we do not know counts as satisfied, so
 * an unknown condition never invents a missing permission.
 */
export function evaluateConditions(
  conditions: Record<string, Record<string, unknown>>,
  context: RequestContext,
): boolean {
  const lowerContext = new Map(Object.entries(context).map(([k, v]) => [k.toLowerCase(), v]));
  return Object.entries(conditions).every(([operator, block]) =>
    Object.entries(block ?? {}).every(([key, expected]) =>
      holds(operator, lowerContext.get(key.toLowerCase()), listOf(expected)),
    ),
  );
}

function holds(operatorName: string, actual: unknown, expected: string[]): boolean {
  let operator = operatorName;
  let set: 'any' | 'all' | undefined;
  if (operator.startsWith('ForAnyValue:')) [set, operator] = ['any', operator.slice(12)];
  if (operator.startsWith('ForAllValues:')) [set, operator] = ['all', operator.slice(13)];
  const ifExists = operator.endsWith('IfExists');
  if (ifExists) operator = operator.slice(0, -'IfExists'.length);
  if (operator === 'Null') {
    const wantsAbsent = expected[0] === 'true';
    return wantsAbsent === (actual === undefined);
  }
  const values =
    actual === undefined ? [] : Array.isArray(actual) ? actual.map(String) : [String(actual)];
  const negated = /Not/.test(operator);
  const compare = comparator(operator.replace('Not', ''));
  if (!compare) return true;
  if (values.length === 0) return set === 'all' || ifExists || negated;
  const matchOne = (value: string) => expected.some((e) => compare(e, value));
  if (set === 'all') return values.every((v) => (negated ? !matchOne(v) : matchOne(v)));
  if (negated) return !values.some(matchOne);
  return values.some(matchOne);
}

function comparator(operator: string): ((expected: string, actual: string) => boolean) | undefined {
  switch (operator) {
    case 'StringEquals':
    case 'ArnEquals':
      return (e, a) => e === a;
    case 'StringEqualsIgnoreCase':
      return (e, a) => e.toLowerCase() === a.toLowerCase();
    case 'StringLike':
    case 'ArnLike':
      return (e, a) => wildcardMatch(e, a);
    case 'Bool':
      return (e, a) => e.toLowerCase() === a.toLowerCase();
    case 'NumericEquals':
      return (e, a) => Number(a) === Number(e);
    case 'NumericLessThan':
      return (e, a) => Number(a) < Number(e);
    case 'NumericLessThanEquals':
      return (e, a) => Number(a) <= Number(e);
    case 'NumericGreaterThan':
      return (e, a) => Number(a) > Number(e);
    case 'NumericGreaterThanEquals':
      return (e, a) => Number(a) >= Number(e);
    default:
      return undefined;
  }
}

export function listOf(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}
