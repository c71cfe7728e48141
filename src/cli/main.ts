import { Command, CommanderError } from 'commander';
import { isInputError } from '../errors';
import { registerCommands } from './commands';
import { type Output, processOutput } from './output';

function version(): string {
  // Bundled into dist/cli.js by esbuild and compiled to dist/cli/main.js by tsc: both resolve it.
  return (require('../../package.json') as { version: string }).version;
}

/** Exit codes: 0 success, 1 findings of severity error, 2 unusable input. */
export const EXIT_INPUT = 2;

export async function run(argv: string[], out: Output = processOutput()): Promise<number> {
  const program = new Command('eks-platform')
    .description('Build an EKS platform with the AWS CDK and prove it is wired correctly.')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.stdout(s), writeErr: (s) => out.stderr(s) });
  let exitCode = 0;
  registerCommands(program, out, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message (help, version or a usage error).
      return error.exitCode === 0 ? 0 : EXIT_INPUT;
    }
    if (isInputError(error)) {
      out.stderr(`eks-platform: ${error.message}\n`);
      return EXIT_INPUT;
    }
    throw error;
  }
}

export function main(argv: string[]): void {
  // `eks-platform synth | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  run(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`eks-platform: internal error: ${(error as Error)?.stack ?? error}\n`);
      process.exitCode = 70;
    },
  );
}

if (require.main === module) {
  main(process.argv.slice(2));
}
