/**
 * IAM wildcard match: `*` any run of characters, `?` one character. Deploy-time tokens: an
 * environment token (`«AWS.Region»`, account, partition) stands for whatever environment the
 * stack is deployed to, so it matches like `*`; a resource token (`«Ref.Stack.Zone»`) is one
 * specific value, so it matches only the same token.
 */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const regex = pattern
    .split(/(«[^»]*»|\*|\?)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part === '?') return '.';
      if (part.startsWith('«')) return part.startsWith('«AWS.') ? '.*' : escapeRegex(part);
      return escapeRegex(part);
    })
    .join('');
  return new RegExp(`^${regex}$`, ignoreCase ? 'is' : 's').test(value);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
