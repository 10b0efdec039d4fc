/**
 * ECB+ sentence numbers (`sent_id`) as character spans of a crosscheck article. The article is
 * the title (ECB+'s first sentence shown) and the body, whose sentences ECB+ joined with single
 * spaces; some ECB+ sentences (a URL, date lines) are missing from the text, so the numbers of
 * the sentences shown have gaps. The body is split at sentence ends, and the pieces are given
 * increasing sentence numbers by dynamic programming: as many annotated mentions as possible
 * must have all their words in the piece given their number, with the fewest gaps.
 */
import type { Span } from '../../src/model/article.js';
import type { EcbMention } from './ecb-plus.js';

/** One sentence of the article with the ECB+ sentence number it was given. */
export interface MappedSentence extends Span {
  sentId: number;
}

export interface SentenceMap {
  sentences: MappedSentence[];
  /** Mentions whose words all stand in the sentence of their number, of all mentions. */
  mentionsPlaced: number;
  mentions: number;
}

// A sentence ends at . ! ? (a closing '' may follow) before a space and a word that does not
// start in lower case; not after a single capital or a common abbreviation ("U.S.", "Mr.").
const END = /[.!?]+(?: '')?(?= +[^\s\p{Ll}])/gu;
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{Lu}|\p{Lu}\.\p{Lu}|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Mt|Ft|Col|Sgt|Capt|Jr|Sr|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Co|Corp|Ltd|vs|p\. m|a\. m)\.$/u;

/** Title and body sentences of `text` as spans, the title first. */
export function ecbSentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const titleEnd = text.indexOf('\n\n');
  if (titleEnd < 0) return [{ start: 0, end: text.length }];
  spans.push({ start: 0, end: titleEnd });
  let start = titleEnd + 2;
  for (const match of text.slice(start).matchAll(END)) {
    const end = titleEnd + 2 + match.index + match[0].length;
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 8), end).replace(/ ''$/, ''))) continue;
    spans.push({ start, end });
    start = end + 1;
    while (text[start] === ' ' || text[start] === '\n') start++;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

const words = (text: string) => text.toLowerCase().split(/\s+/u).filter(Boolean);

/** Whether every word of the mention stands in the sentence (as a whole token). */
export function holds(sentence: string, mention: EcbMention): boolean {
  const tokens = new Set(words(sentence).flatMap((w) => [w, w.replace(/[^\p{L}\p{N}]+$/u, '')]));
  return words(mention.tokens_str).every((w) => tokens.has(w));
}

export function mapEcbSentences(text: string, mentions: readonly EcbMention[]): SentenceMap {
  const spans = ecbSentenceSpans(text);
  const maxId = Math.max(spans.length - 1, ...mentions.map((m) => m.sent_id)) + spans.length;
  const byId = new Map<number, EcbMention[]>();
  for (const m of mentions) byId.set(m.sent_id, [...(byId.get(m.sent_id) ?? []), m]);
  const score = spans.map((span) => {
    const sentence = text.slice(span.start, span.end);
    return (id: number) => (byId.get(id) ?? []).filter((m) => holds(sentence, m)).length;
  });
  // best[j][s]: mentions placed (weighted above any gap count) with piece j given number s.
  const BIG = 1000;
  const best: number[][] = [];
  const from: number[][] = [];
  for (let j = 0; j < spans.length; j++) {
    best.push(new Array<number>(maxId + 1).fill(-Infinity));
    from.push(new Array<number>(maxId + 1).fill(-1));
    let runMax = -Infinity;
    let runArg = -1;
    for (let s = 0; s <= maxId; s++) {
      if (j === 0) best[0]![s] = score[0]!(s) * BIG - s;
      else {
        // Best predecessor s' < s, valued best[j-1][s'] - (s - s' - 1).
        if (s > 0) {
          const v = best[j - 1]![s - 1]! + (s - 1);
          if (v > runMax) [runMax, runArg] = [v, s - 1];
        }
        if (runArg < 0) continue;
        best[j]![s] = score[j]!(s) * BIG + runMax - (s - 1);
        from[j]![s] = runArg;
      }
    }
  }
  const last = best[spans.length - 1]!;
  let s = last.indexOf(Math.max(...last));
  const ids: number[] = [];
  for (let j = spans.length - 1; j >= 0; j--) {
    ids[j] = s;
    s = from[j]![s]!;
  }
  const sentences = spans.map((span, j) => ({ ...span, sentId: ids[j]! }));
  const placed = mentions.filter((m) => {
    const sentence = sentences.find((x) => x.sentId === m.sent_id);
    return sentence !== undefined && holds(text.slice(sentence.start, sentence.end), m);
  }).length;
  return { sentences, mentionsPlaced: placed, mentions: mentions.length };
}

/** The ECB+ sentence numbers a span touches. */
export function sentIdsOf(map: SentenceMap, span: Span): number[] {
  return map.sentences.filter((s) => s.start < span.end && span.start < s.end).map((s) => s.sentId);
}
