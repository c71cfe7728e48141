import type { Command } from 'commander';
import type { Output } from '../output';
import { registerCheck } from './check';
import { registerManifests } from './manifests';
import { registerSynth } from './synth';

/** Sets the process exit code a command wants once it has finished. */
export type SetExitCode = (code: number) => void;

export interface CommandContext {
  readonly out: Output;
  readonly setExitCode: SetExitCode;
}

/** Every sub-command registers itself here; one file per command in this folder. */
export function registerCommands(program: Command, out: Output, setExitCode: SetExitCode): void {
  const context: CommandContext = { out, setExitCode };
  registerSynth(program, context);
  registerCheck(program, context);
  registerManifests(program, context);
}
