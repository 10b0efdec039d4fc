import { decodeBytes, type DecodeOptions } from '../decode.js';
import { readLimited } from '../sources/read-limited.js';
import type { Input } from '../sources/input.js';
import { DEFAULT_MAX_DOCUMENT_BYTES, type ReadOptions } from './reader.js';

/** Reads a whole document input as text, refusing inputs over the size limit before reading them. */
export async function readTextInput(
  input: Input,
  options: ReadOptions,
  decode: DecodeOptions = {},
): Promise<string> {
  const limit = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const bytes = await readLimited(input.stream(), limit);
  return decodeBytes(bytes, { transportCharset: input.charset ?? null, ...decode }).text;
}
