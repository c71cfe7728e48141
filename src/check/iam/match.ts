import { tokensOf } from '../model/symbols';

/**
 * IAM wildcard match: `*` any run of characters, `?` one character. A deploy-time token in the
 * pattern can stand for anything, so it matches like `*`.
 */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  let source = pattern;
  for (const token of tokensOf(pattern)) source = source.split(token).join('*');
  const regex = source
    .split(/(\*|\?)/)
    .map((part) => (part === '*' ? '.*' : part === '?' ? '.' : escapeRegex(part)))
    .join('');
  return new RegExp(`^${regex}$`, ignoreCase ? 'is' : 's').test(value);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function hasWildcard(value: string): boolean {
  return /[*?]/.test(value);
}
