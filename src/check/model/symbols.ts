/**
 * Deploy-time values stay symbolic: the resolver writes them as `«Kind.Stack.LogicalId.Attr»`
 * tokens inside strings, so string operations (join, split, select) keep working and two values
 * that come from the same deploy-time source compare equal. Tokens never contain `:` or `/`.
 */
export const OPEN = '«';
export const CLOSE = '»';

export function symbol(...parts: string[]): string {
  return `${OPEN}${parts.map((p) => p.replace(/[:/«»]/g, '_')).join('.')}${CLOSE}`;
}

export function isSymbolic(value: unknown): boolean {
  return typeof value === 'string' && value.includes(OPEN);
}

/** Every token in a string, e.g. `«GetAtt.Addons.Role1234.Arn»`. */
export function tokensOf(value: string): string[] {
  return value.match(/«[^»]*»/g) ?? [];
}

/** A symbolic value shown to a person: tokens become `<Stack.LogicalId.Attr>`. */
export function display(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return (text ?? 'undefined').replace(/«([^»]*)»/g, '<$1>');
}
