/**
 * The toolkit's typed errors. Each carries a stable code so callers and tests can tell them apart
 * without parsing messages. Only the CLI decides how an error is shown and which exit code it gets.
 */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'CONFIG_UNREADABLE'
  | 'ASSEMBLY_UNREADABLE'
  | 'USAGE'
  | 'INVALID_PROPS'
  | 'HELM_UNAVAILABLE'
  | 'SYNTH_FAILED';

export class EksPlatformError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EksPlatformError';
  }
}

/** Input the user gave is unusable: the CLI prints the one-line message and exits 2. */
export class InputError extends EksPlatformError {
  constructor(
    code: Exclude<ErrorCode, 'SYNTH_FAILED' | 'INVALID_PROPS' | 'HELM_UNAVAILABLE'>,
    message: string,
  ) {
    super(code, message);
    this.name = 'InputError';
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
