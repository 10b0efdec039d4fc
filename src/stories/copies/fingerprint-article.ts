import type { Article } from '../../model/article.js';
import { plausibleDay, type DayRange } from '../publication-day.js';
import { articleParts } from './article-parts.js';
import type { CopyOptions } from './copy-options.js';
import type { MinHasher } from './minhash.js';
import { normalizeWords } from './normalize-words.js';
import { shingleHashes } from './shingles.js';
import { wireAgency, type WireAgency } from './wire-agency.js';

/** The fingerprint of one text: its size in distinct shingles and its MinHash signature. */
export interface TextPrint {
  shingles: number;
  signature: Uint32Array;
}

/** What copy detection needs of an article, computed once from its text. */
export interface ArticlePrint {
  id: string;
  published: number | null;
  outlet: string | null;
  agency: WireAgency | null;
  /** The current text; null when it is too short to match on. */
  main: TextPrint | null;
  /** Earlier versions kept below a marker line, newest first; null where too short. */
  earlier: (TextPrint | null)[];
}

/**
 * Milliseconds since the epoch, or null for a missing, unreadable or implausible date (year 0001,
 * 2199: by the same check stories make), which orders the article after every dated one.
 */
export function publishedTime(published: string | null, range: DayRange): number | null {
  if (!plausibleDay(published, range, [])) return null;
  const time = Date.parse(published!);
  return Number.isFinite(time) ? time : null;
}

/** A word of digits only: a figure, a price, a phone number, an offer's number. */
const FIGURE = /^\d+$/;

/**
 * The words a fingerprint is made of: figures all stand for one word, so a text told again with
 * other figures (a template filled in with new numbers, a count revised) stays a copy of it.
 * Without this a short templated text (thirty words, three or four numbers changed) shares few
 * five-word shingles with its twins, and a burst of them counts as thousands of sources.
 */
export function printWords(text: string): string[] {
  return normalizeWords(text).map((word) => (FIGURE.test(word) ? '0' : word));
}

export function printText(text: string, hasher: MinHasher, options: CopyOptions): TextPrint | null {
  const shingles = shingleHashes(printWords(text), options.shingleSize);
  if (shingles.length < options.minShingles) return null;
  return { shingles: shingles.length, signature: hasher.signature(shingles) };
}

export function fingerprintArticle(
  article: Article,
  hasher: MinHasher,
  options: CopyOptions,
): ArticlePrint {
  const parts = articleParts(article);
  return {
    id: article.id,
    published: publishedTime(article.published, options.dates),
    outlet: article.outlet,
    agency: wireAgency(article),
    main: printText(parts.main, hasher, options),
    earlier: parts.earlier.map((text) => printText(text, hasher, options)),
  };
}
