import type { z } from 'zod';

/** Renders a path the way the user wrote it: `clusters[0].dns.zoneId`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(top level)';
}

/** Renders a received value for a one-line message, cut short when long. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Unwraps defaults, optionals and arrays to find the object schema the path points into. */
function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let current: unknown = schema;
  const unwrap = () => {
    for (;;) {
      const def = (current as { def?: { type?: string; innerType?: unknown } }).def;
      if (def && (def.type === 'default' || def.type === 'optional') && def.innerType) {
        current = def.innerType;
      } else return;
    }
  };
  for (const key of path) {
    unwrap();
    const def = (current as { def: { type: string; element?: unknown; shape?: object } }).def;
    if (def.type === 'array' && typeof key === 'number') current = def.element;
    else if (def.type === 'object' && def.shape) {
      current = (def.shape as Record<string, unknown>)[String(key)];
    } else return undefined;
    if (current === undefined) return undefined;
  }
  unwrap();
  const def = (current as { def: { type: string; shape?: object } }).def;
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}

/** Fields that may also come from the environment say so when missing. */
function requiredHint(path: readonly PropertyKey[]): string {
  const field = path[path.length - 1];
  if (field === 'account') return '; write it or set CDK_DEFAULT_ACCOUNT or AWS_ACCOUNT_ID';
  if (field === 'region') {
    return '; write it or set CDK_DEFAULT_REGION, AWS_REGION or AWS_DEFAULT_REGION';
  }
  return '';
}

/** YAML reads `1.35` and `111111111111` as numbers; the schema wants strings. */
function quoteHint(value: unknown): string {
  return typeof value === 'number' ? ' (YAML read a number: write the value in quotes)' : '';
}

/** One line per zod issue: where, what was received and what is allowed. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown, schema: z.ZodType): string {
  const path = formatPath(issue.path);
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = objectKeysAt(schema, issue.path) ?? [];
      const field = formatPath([...issue.path, issue.keys[0] ?? '']);
      return `${field}: unknown field; allowed fields here: ${allowed.join(', ')}`;
    }
    case 'invalid_type':
      if (value === undefined) {
        return `${path}: is required (expected ${issue.expected})${requiredHint(issue.path)}`;
      }
      return `${path}: got ${formatValue(value)}; expected ${issue.expected}${quoteHint(value)}`;
    case 'invalid_value':
      return `${path}: got ${formatValue(value)}; allowed: ${issue.values.map((v) => formatValue(v)).join(', ')}${quoteHint(value)}`;
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? 'at least' : 'at most';
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const unit = issue.origin === 'array' ? ' items' : '';
      const custom = issue.message.startsWith('Too ') ? '' : ` (${issue.message})`;
      return `${path}: got ${formatValue(value)}; expected ${bound} ${String(limit)}${unit}${custom}`;
    }
    default:
      return `${path}: got ${formatValue(value)}; expected ${issue.message}`;
  }
}
