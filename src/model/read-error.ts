/** A reason an input (or one record inside it) could not be read, printed as one line. */
export class ReadError extends Error {
  constructor(
    /** The path, URL or `path:line` of what failed. */
    readonly input: string,
    readonly reason: string,
  ) {
    super(`${input}: ${reason}`);
    this.name = 'ReadError';
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
