import { Command, CommanderError } from 'commander';
import { isInputError } from '../errors';
import { registerCommands } from './commands';
import { type Output, processOutput } from './output';

/** Exit codes: 0 success, 1 findings of severity error, 2 unusable input. */
export const EXIT_INPUT = 2;

export async function run(argv: string[], out: Output = processOutput()): Promise<number> {
  const program = new Command('eks-platform')
    .description('Build an EKS platform with the AWS CDK and prove it is wired correctly.')
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
