import type { Sentence, Token } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';

// Titles and abbreviations after which a full stop does not end a sentence when a name follows.
const TITLES = new Set(
  'mr mrs ms dr prof gen adm lt col sen rep gov st capt cmdr maj sgt cpl pvt rev fr sr jr gen. brig supt insp det hon amb pres vice messrs mme mlle sra sr dra no vol fig ft mt'
    .split(' ')
    .filter(Boolean),
);
const INITIALISMS = /^(?:[A-Z]\.){2,}$/; // U.S. U.N. U.K. E.U.

function endsWithTitle(text: string, sentence: Span): boolean {
  const tail = /(\S+)\s*$/.exec(
    text.slice(Math.max(sentence.start, sentence.end - 12), sentence.end),
  );
  if (!tail) return false;
  const word = tail[1]!;
  if (INITIALISMS.test(word)) return true;
  if (!word.endsWith('.')) return false;
  return TITLES.has(word.slice(0, -1).toLowerCase()) || /^[A-Z]\.$/.test(word);
}

function startsLikeName(text: string, sentence: Span): boolean {
  return /^[\p{Lu}]/u.test(text.slice(sentence.start, sentence.start + 1));
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
    const newline = previous ? text.indexOf('\n', previous.end) : -1;
    const sameParagraph = previous && (newline === -1 || newline >= sentence.start);
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
  return split.filter((s) => s.end > s.start);
}

/** A "sentence" of punctuation alone is the tail of the one before: wink ends a sentence between the two apostrophes of a closing ''. */
function hasWordCharacter(text: string, sentence: Span): boolean {
  return /[\p{L}\p{N}]/u.test(text.slice(sentence.start, sentence.end));
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
