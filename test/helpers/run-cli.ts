import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process and returns what it printed. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const context = {
    out: (text: string) => void (stdout += text.endsWith('\n') ? text : `${text}\n`),
    err: (text: string) => void (stderr += text.endsWith('\n') ? text : `${text}\n`),
    exitCode: 0,
  };
  const code = await main(argv, context);
  return { code, stdout, stderr };
}
