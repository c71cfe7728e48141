/** Where the CLI writes. Tests pass a recorder; the binary writes to the process streams. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

export function processOutput(): Output {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
}

export interface RecordedOutput extends Output {
  readonly out: string[];
  readonly err: string[];
}

export function recordOutput(): RecordedOutput {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}
