import type { ArticleDraft } from '../../model/article.js';
import { ReadError } from '../../model/read-error.js';
import { normalizeDate } from '../normalize-date.js';
import { decodeEntities } from '../normalize-text.js';
import { readTextInput } from './read-text-input.js';
import type { Reader } from './reader.js';

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ \t]+|\r?\n|$)/;

/**
 * The export format of our users: optional white space, `date`, an ISO date, one space, then the
 * text on the same line and after it. Without the header the whole input is the text.
 */
export const readDatedText: Reader = async function* (input, options) {
  const raw = await readTextInput(input, options);
  const header = HEADER.exec(raw);
  if (header && !normalizeDate(header[1])) {
    yield new ReadError(input.name, `invalid date ${header[1]} in the date header`);
    return;
  }
  const draft: ArticleDraft = {
    source: input.name,
    url: input.url ?? null,
    outlet: options.outlet ?? null,
    title: null,
    published: header ? header[1]! : normalizeDate(options.date),
    text: decodeEntities(header ? raw.slice(header[0].length) : raw),
  };
  yield draft;
};
