import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { HEAD_BYTES, type Input } from './input.js';

export function fileInput(path: string, size: number): Input {
  return {
    name: path,
    size,
    head: async (count = HEAD_BYTES) => {
      const handle = await open(path, 'r');
      try {
        const buffer = Buffer.alloc(Math.min(count, size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    stream: () => createReadStream(path),
  };
}
