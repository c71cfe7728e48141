import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { InputError } from '../errors';
import { describeIssue, formatPath } from './issues';
import type { PlatformConfig } from './model';
import { resolveConfig } from './resolve';
import { platformConfigSchema } from './schema';

/** Environment variables that may supply a cluster's account and region, first match wins. */
const ACCOUNT_VARIABLES = ['CDK_DEFAULT_ACCOUNT', 'AWS_ACCOUNT_ID'];
const REGION_VARIABLES = ['CDK_DEFAULT_REGION', 'AWS_REGION', 'AWS_DEFAULT_REGION'];

export type Environment = Readonly<Record<string, string | undefined>>;

function fromEnvironment(env: Environment, names: readonly string[]): string | undefined {
  return names.map((n) => env[n]).find((v) => v !== undefined && v !== '');
}

/** Fills a missing account or region from the environment, leaving everything else as written. */
function applyEnvironment(input: unknown, env: Environment): unknown {
  if (input === null || typeof input !== 'object' || !('clusters' in input)) return input;
  const clusters = (input as { clusters: unknown }).clusters;
  if (!Array.isArray(clusters)) return input;
  const account = fromEnvironment(env, ACCOUNT_VARIABLES);
  const region = fromEnvironment(env, REGION_VARIABLES);
  return {
    ...input,
    clusters: clusters.map((c: unknown) => {
      if (c === null || typeof c !== 'object' || Array.isArray(c)) return c;
      const cluster = c as Record<string, unknown>;
      return {
        ...cluster,
        ...(cluster.account === undefined && account !== undefined ? { account } : {}),
        ...(cluster.region === undefined && region !== undefined ? { region } : {}),
      };
    }),
  };
}

/**
 * Parses and validates a config document. Throws an `InputError` whose one-line message names the
 * file, the path the user wrote, the value received and what is allowed.
 */
export function parseConfig(text: string, source: string, env: Environment = {}): PlatformConfig {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const [line, col] = error?.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [];
    const where = line ? `:${line}:${col}` : '';
    const reason = (error?.message.split('\n')[0] ?? 'unreadable YAML').replace(
      / at line \d+, column \d+:?$/,
      '',
    );
    throw new InputError('CONFIG_INVALID', `${source}${where}: not valid YAML: ${reason}`);
  }
  const input = applyEnvironment(doc.toJS(), env);
  const parsed = platformConfigSchema.safeParse(input);
  if (!parsed.success) {
    // An unknown key often explains the other issues (a typo leaves a required field missing).
    const issues = [...parsed.error.issues].sort(
      (a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'),
    );
    const issue = issues[0];
    const message = issue ? describeIssue(issue, input, platformConfigSchema) : 'invalid';
    const more = parsed.error.issues.length > 1 ? ` (+${parsed.error.issues.length - 1} more)` : '';
    throw new InputError('CONFIG_INVALID', `${source}: ${message}${more}`);
  }
  const { config, problems } = resolveConfig(parsed.data);
  const first = problems[0];
  if (first) {
    const more = problems.length > 1 ? ` (+${problems.length - 1} more)` : '';
    throw new InputError(
      'CONFIG_INVALID',
      `${source}: ${formatPath(first.path)}: ${first.message}${more}`,
    );
  }
  return config;
}

/** Reads, parses and validates a config file. */
export function loadConfig(file: string, env: Environment = process.env): PlatformConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new InputError('CONFIG_UNREADABLE', `--config: cannot read ${file} (${reason})`);
  }
  return parseConfig(text, file, env);
}
