import type { Sentence, Token } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';
import { startsUpper } from './char-class.js';

// Titles and abbreviations after which a full stop does not end a sentence when a name follows.
const TITLES = new Set(
  'mr mrs ms dr prof gen adm lt col sen rep gov st capt cmdr maj sgt cpl pvt rev fr sr jr gen. brig supt insp det hon amb pres vice messrs mme mlle sra sr dra no vol fig ft mt'
    .split(' ')
    .filter(Boolean),
);
const INITIALISMS = /^(?:[A-Z]\.){2,}$/; // U.S. U.N. U.K. E.U.
const SPACE = /\s/;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The test of a regex's `\s`, without a regex for the usual ASCII characters. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

/** True when the sentence's last word (within its last 12 characters) is a title or an initial. */
function endsWithTitle(text: string, sentence: Span): boolean {
  const from = Math.max(sentence.start, sentence.end - 12);
  let end = sentence.end;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  // Both tests below need a word that ends in a full stop.
  if (end === from || text.charCodeAt(end - 1) !== 46) return false;
  let start = end - 1;
  while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
  const word = text.slice(start, end);
  if (INITIALISMS.test(word)) return true;
  return TITLES.has(word.slice(0, -1).toLowerCase()) || /^[A-Z]\.$/.test(word);
}

function startsLikeName(text: string, sentence: Span): boolean {
  return startsUpper(text.slice(sentence.start, sentence.start + 1));
}

/**
 * Repairs the sentence bounds that news text breaks: a split after a title ("Adm. Ana Duarte"),
 * after an initialism inside a name ("the U.S. Navy"), inside a closing '' quote mark, and any
 * sentence that runs across a paragraph break (split there).
 */
export function fixSentences(
  text: string,
  raw: Sentence[],
  paragraphs: Span[],
  _tokens: Token[],
): Sentence[] {
  const merged: Sentence[] = [];
  for (const sentence of raw) {
    const previous = merged[merged.length - 1];
    const sameParagraph = previous && !hasNewline(text, previous.end, sentence.start);
    const joins =
      previous &&
      sameParagraph &&
      ((endsWithTitle(text, previous) && startsLikeName(text, sentence)) ||
        !hasWordCharacter(text, sentence));
    if (joins) {
      previous.end = sentence.end;
    } else {
      merged.push({ start: sentence.start, end: sentence.end });
    }
  }
  const split: Sentence[] = [];
  let p = 0;
  for (const sentence of merged) {
    let start = sentence.start;
    while (p < paragraphs.length && paragraphs[p]!.end <= start) p++;
    let q = p;
    while (q < paragraphs.length && paragraphs[q]!.end < sentence.end) {
      const end = paragraphs[q]!.end;
      if (end > start) split.push(trim(text, start, end));
      start = paragraphs[++q]?.start ?? sentence.end;
    }
    if (sentence.end > start) split.push(trim(text, start, sentence.end));
  }
  return split
    .flatMap((sentence) => splitAfterClockTimes(text, sentence))
    .filter((s) => s.end > s.start);
}

/**
 * "a.m.", "p.m." or "4.15am." before a capitalised word that does not tell the day, the month or
 * the time zone ("Moscow time"): the full stop also ends the sentence ("… occurred shortly after
 * 3.30 p.m. Fire crews were sent").
 */
const CLOCK_THEN_SENTENCE =
  /(?:\b[ap]\.m\.|(?<=\d)[ap]m\.)(?=\s+(?!(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|(?:Local|Eastern|Western|Central|Pacific|Mountain|Atlantic|Greenwich|British|European|Universal|Coordinated)\b|\p{Lu}\p{Ll}+ (?:time|Time)\b)\p{Lu}\p{Ll})/gu;

function splitAfterClockTimes(text: string, sentence: Span): Span[] {
  const parts: Span[] = [];
  let start = sentence.start;
  for (const match of text.slice(sentence.start, sentence.end).matchAll(CLOCK_THEN_SENTENCE)) {
    const end = sentence.start + match.index + match[0].length;
    parts.push({ start, end });
    start = end;
    while (start < sentence.end && isSpace(text.charCodeAt(start))) start++;
  }
  parts.push({ start, end: sentence.end });
  return parts;
}

/** A "sentence" of punctuation alone is the tail of the one before: wink ends a sentence between the two apostrophes of a closing ''. */
function hasWordCharacter(text: string, sentence: Span): boolean {
  for (let i = sentence.start; i < sentence.end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return WORD_CHARACTER.test(text.slice(i, sentence.end));
    if ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)) return true;
  }
  return false;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
