/** Where a command writes, so tests can run commands in-process and read what they print. */
export interface CommandContext {
  out(text: string): void;
  err(text: string): void;
  exitCode: number;
}

export function processContext(): CommandContext {
  // `crosscheck articles | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    exitCode: 0,
  };
}
