import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ReadError } from '../../model/read-error.js';
import { fileInput } from './file-input.js';
import type { Input } from './input.js';
import { stdinInput } from './stdin-input.js';
import { fetchInput, type FetchOptions } from './url-input.js';

export interface ExpandOptions extends FetchOptions {
  /** Largest standard input read. */
  maxStdinBytes?: number;
}

const URL_PATTERN = /^https?:\/\//i;

async function* walk(folder: string, seen: Set<string>): AsyncGenerator<Input | ReadError> {
  const real = await realpath(folder);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    try {
      const info = await stat(path);
      if (info.isDirectory()) yield* walk(path, seen);
      else if (info.isFile()) yield fileInput(path, info.size);
    } catch (error) {
      yield new ReadError(path, (error as Error).message.split('\n')[0] ?? 'unreadable');
    }
  }
}

/**
 * Turns what the user named (files, folders read recursively in name order, URLs, `-` for
 * standard input) into inputs, one at a time, so that a folder of a million files streams.
 */
export async function* expandInputs(
  names: string[],
  options: ExpandOptions = {},
): AsyncGenerator<Input | ReadError> {
  const seen = new Set<string>();
  for (const name of names) {
    if (name === '-') {
      try {
        yield await stdinInput(options.maxStdinBytes ?? 256 * 1024 * 1024);
      } catch (error) {
        yield new ReadError('-', (error as Error).message);
      }
      continue;
    }
    if (URL_PATTERN.test(name)) {
      try {
        yield await fetchInput(name, options);
      } catch (error) {
        yield new ReadError(name, (error as Error).message);
      }
      continue;
    }
    let info;
    try {
      info = await stat(name);
    } catch {
      yield new ReadError(name, 'no such file, folder or URL');
      continue;
    }
    if (info.isDirectory()) yield* walk(name, seen);
    else yield fileInput(name, info.size);
  }
}
