import type { Article } from '../model/article.js';
import { ReadError } from '../model/read-error.js';
import { readInput } from './read-input.js';
import type { ReadOptions } from './readers/reader.js';
import { expandInputs, type ExpandOptions } from './sources/expand-inputs.js';

export type IngestOptions = ReadOptions & ExpandOptions;

/** Every article (or error) of every input the user named, in a stable order. */
export async function* readArticles(
  names: string[],
  options: IngestOptions = {},
): AsyncGenerator<Article | ReadError> {
  for await (const input of expandInputs(names, options)) {
    if (input instanceof ReadError) yield input;
    else yield* readInput(input, options);
  }
}
