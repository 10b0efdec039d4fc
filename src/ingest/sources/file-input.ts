import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { HEAD_BYTES, type Input } from './input.js';

/** Files up to this size are read once, whole; larger ones are sniffed from their head and streamed. */
const SMALL_FILE_BYTES = 1024 * 1024;

async function readHead(path: string, count: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(count);
    const { bytesRead } = await handle.read(buffer, 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export function fileInput(path: string, size: number): Input {
  let whole: Buffer | null = null;
  return {
    name: path,
    size,
    head: async (count = HEAD_BYTES) => {
      if (size > SMALL_FILE_BYTES) return readHead(path, Math.min(count, size));
      whole ??= await readFile(path);
      return whole.subarray(0, count);
    },
    stream: () => (whole ? Readable.from([whole]) : createReadStream(path)),
  };
}
