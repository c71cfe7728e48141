import type { Rule } from '../rule';

/** The kubectl provider's Lambda stops after 15 minutes; keep a minute for Helm to clean up. */
const LIMIT_SECONDS = 14 * 60;

export const helmTimeoutAtLambdaLimit: Rule = {
  id: 'EKS-ORD-002',
  kind: 'ordering',
  severity: 'error',
  title: 'Helm timeout at the Lambda limit',
  why: 'Helm runs inside a Lambda function limited to 15 minutes; when the function dies first the release stays `pending-install`/`pending-upgrade` and every later deploy fails.',
  fix: 'Keep the chart `timeout` at 14 minutes or less (the default 5 minutes suits most charts).',
  cases: ['C09'],
  check(facts) {
    return facts.releases.flatMap((release) => {
      const seconds = release.timeout ? parseDuration(release.timeout) : undefined;
      if (seconds === undefined || seconds <= LIMIT_SECONDS) return [];
      return [
        {
          resource: release.resource,
          message: `release '${release.release}' has timeout ${release.timeout} (${seconds / 60} minutes${release.wait ? ', with wait' : ''}); the Lambda that runs Helm stops at 15 minutes`,
        },
      ];
    });
  },
};

/** Seconds in a Go duration (`900s`, `15m`, `1h0m0s`); undefined if unreadable. */
export function parseDuration(text: string): number | undefined {
  const units: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001 };
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) return undefined;
  return parts.reduce((sum, p) => sum + Number(p[1]) * units[p[2]], 0);
}
