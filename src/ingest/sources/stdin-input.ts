import { bufferInput, type Input } from './input.js';
import { readLimited } from './read-limited.js';

/** Standard input, read whole (up to `limit`) so that its format can be sniffed like a file's. */
export async function stdinInput(limit: number): Promise<Input> {
  return bufferInput('-', await readLimited(process.stdin, limit));
}
