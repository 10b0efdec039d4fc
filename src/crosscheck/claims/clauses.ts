import type { Token } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';

/**
 * Words that open a clause of their own after a comma ("…, while police arrested three").
 * Not "which" or "who" (see `RELATIVE`): a relative clause inside a sentence ("Mediterra,
 * which runs the terminal, would cut 600 jobs") would cut its main clause in two.
 */
const AFTER_COMMA = new Set(
  'and but while whereas although though after as when before because since until unless'.split(
    ' ',
  ),
);
/** Relative words that open a clause of their own after a comma at a sentence's end. */
const RELATIVE = new Set(['which', 'who']);
/** Words that open a clause even without a comma ("…collapsed after mediated talks failed"). */
const ALONE = new Set('after because unless although whereas before when while'.split(' '));

/** -ing words that open a phrase, not a clause: "…, according to the coast guard". */
const PREPOSITIONS = new Set(
  'according including regarding concerning following excluding considering during pending barring'.split(
    ' ',
  ),
);

const isVerb = (token: Token) => token.pos === 'VERB' || token.pos === 'AUX';
/** Fewer tokens than this is a phrase, not a clause: it stays with its neighbour. */
const MIN_TOKENS = 4;

/**
 * Whether tokens [from, to) hold a verb of their own clause: not an infinitive, not part of a
 * hyphened word ("Panama-flagged"), not a capitalised word inside a name ("the Tamsin Rose").
 */
function hasFiniteVerb(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (!isVerb(token)) continue;
    const before = tokens[k - 1];
    if (before?.text.toLowerCase() === 'to') continue;
    if (token.text.includes('-') || (before && before.end === token.start && before.text === '-'))
      continue;
    if (k > from && /^\p{Lu}/u.test(token.text)) continue;
    return true;
  }
  return false;
}

/**
 * Splits a sentence's tokens into clauses where a conjunction or a participle opens a new one
 * with its own verb, so that "A fire broke out off Busan, injuring 12 crew and forcing …" gives
 * the fire and the injuries as separate claims. Both sides must hold a verb.
 */
export function clauseSpans(tokens: Token[], sentence: Span): Span[] {
  const breaks: number[] = [];
  // "after the visit to chair the meeting" is a phrase: an infinitive is no clause's verb.
  const hasVerb = (from: number, to: number) =>
    tokens
      .slice(from, to)
      .some((token, k) => isVerb(token) && tokens[from + k - 1]?.text.toLowerCase() !== 'to');
  // A relative clause that runs to the sentence's end tells a fact of its own ("…approval from
  // the competition office, which blocked a merger in 2030"); one set off inside the sentence
  // ("Mediterra, which runs the terminal, would cut 600 jobs") holds its main clause apart.
  const endsSentence = (i: number) =>
    !tokens.slice(i + 1).some((t) => t.text === ',' || t.text === ';');
  let last = 0;
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    const lower = token.text.toLowerCase();
    const afterComma = tokens[i - 1]!.text === ',';
    const opens =
      (afterComma &&
        (AFTER_COMMA.has(lower) ||
          (RELATIVE.has(lower) && endsSentence(i)) ||
          (token.pos === 'VERB' && lower.endsWith('ing') && !PREPOSITIONS.has(lower)))) ||
      (!afterComma && ALONE.has(lower) && token.pos !== 'PROPN');
    if (!opens || i - last < MIN_TOKENS || tokens.length - i < MIN_TOKENS) continue;
    const next = tokens.findIndex((t, j) => j > i && (t.text === ',' || t.text === ';'));
    const rightEnd = next < 0 ? tokens.length : next;
    if (!hasVerb(last, i) || !hasVerb(i, rightEnd)) continue;
    // "The ship, carrying 300 cars, caught fire": a phrase set off between a subject and its
    // verb, not a clause; cut there, the subject would be a claim of its own.
    const after = next < 0 ? undefined : tokens[next + 1];
    if (token.pos === 'VERB' && after && isVerb(after) && !hasFiniteVerb(tokens, last, i)) continue;
    breaks.push(i);
    last = i;
  }
  if (breaks.length === 0) return [sentence];
  const spans: Span[] = [];
  let start = sentence.start;
  for (const at of breaks) {
    let end = at - 1;
    while (end > 0 && tokens[end]!.pos === 'PUNCT') end--;
    spans.push({ start, end: tokens[end]!.end });
    start = tokens[at]!.start;
  }
  spans.push({ start, end: sentence.end });
  return spans;
}
