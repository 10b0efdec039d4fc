import { createInterface } from 'node:readline';
import type { ArticleDraft } from '../../model/article.js';
import { ReadError, describeError } from '../../model/read-error.js';
import { dateProblem, normalizeDate } from '../normalize-date.js';
import { decodeEntities, normalizeText } from '../normalize-text.js';
import { outletFromUrl } from '../outlet-name.js';
import { readTextInput } from './read-text-input.js';
import type { ReadOptions, Reader } from './reader.js';

const MAX_LINE_CHARS = 16 * 1024 * 1024;

function optionalString(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function toDraft(
  value: unknown,
  source: string,
  where: string,
  options: ReadOptions,
): ArticleDraft | ReadError {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return new ReadError(where, 'not a JSON object');
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return new ReadError(where, 'no "text" string');
  if (!record.text.trim()) return new ReadError(where, 'empty "text"');
  const text = decodeEntities(record.text);
  // Checked here, not only when the article is finished, so the error names its line.
  if (!normalizeText(text)) return new ReadError(where, 'empty: no article text');
  const url = optionalString(record, 'url');
  const published = optionalString(record, 'published');
  const date = normalizeDate(published);
  if (published && !date)
    return new ReadError(
      where,
      `"published" is not a date: ${published.slice(0, 40)} (${dateProblem(published)})`,
    );
  return {
    source,
    url,
    outlet: optionalString(record, 'outlet') ?? options.outlet ?? outletFromUrl(url),
    title: optionalString(record, 'title'),
    published: date ?? normalizeDate(options.date),
    text,
    authors: Array.isArray(record.authors)
      ? record.authors.filter((a): a is string => typeof a === 'string')
      : [],
    language: optionalString(record, 'language'),
  };
}

/**
 * JSON Lines, one article a line, read as a stream so an export of any size fits in memory.
 * A file holding one JSON array of articles is read too.
 */
export const readJsonLines: Reader = async function* (input, options) {
  const head = Buffer.from(await input.head(1024))
    .toString('utf8')
    .trimStart();
  if (head.startsWith('[')) {
    let records: unknown;
    try {
      records = JSON.parse(await readTextInput(input, options));
    } catch (error) {
      yield new ReadError(input.name, `invalid JSON: ${describeError(error)}`);
      return;
    }
    let index = 0;
    for (const record of records as unknown[])
      yield toDraft(record, input.name, `${input.name} [${index++}]`, options);
    return;
  }
  const lines = createInterface({ input: input.stream(), crlfDelay: Infinity });
  let number = 0;
  for await (const rawLine of lines) {
    number++;
    const line = rawLine.replace(/^\ufeff/, '').trim();
    if (!line) continue;
    const where = `${input.name}:${number}`;
    if (line.length > MAX_LINE_CHARS) {
      yield new ReadError(where, 'line too long (over 16 MiB)');
      continue;
    }
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      yield new ReadError(where, `invalid JSON: ${describeError(error)}`);
      continue;
    }
    yield toDraft(record, input.name, where, options);
  }
};
