import type { Quantity } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';
import lemmatizer from 'wink-lemmatizer';
import type { ClaimQuantity } from './claim.js';

/** The unit's words as lemmas ("dock workers" → dock, worker), or the unit as given (EUR, %). */
function unitWordsOf(unit: string | null): string[] {
  if (!unit) return [];
  return unit
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word) => (/^\p{L}+$/u.test(word) ? lemmatizer.noun(word) : word));
}

const LOWER_BOUND = /^(?:more than|over|at least|upwards of|in excess of)\s/i;
const UPPER_BOUND = /^(?:less than|fewer than|under|up to|at most|no more than)\s/i;

/** Words a figure stops counting at: another clause begins ("injuring 12 and forcing…"). */
const CLAUSE_BREAKS = new Set(['and', 'but', 'while', 'whereas', ';', '—', '–']);

const NEGATIONS = new Set(['not', "n't", 'no', 'never', 'without', 'none', 'nobody']);

/** Tokens on each side of a figure that say what it counts. */
const CONTEXT_TOKENS = 5;
/** Tokens back from a figure where the verb said of it may stand. */
const ROLE_TOKENS = 12;

/**
 * A claim's figure with the content words around it, within the claim. `words` are the claim's
 * tokens' claim words (null for none), `first` the index of the claim's first token.
 */
export function claimQuantity(
  quantity: Quantity,
  tokens: Array<Span & { text: string; pos: string }>,
  words: (string | null)[],
  claim: Span,
  others: readonly Quantity[] = [],
  /** Whether the token at an index is part of a name whose figures may be its own. */
  isName: (i: number) => boolean = () => false,
): ClaimQuantity {
  let at = tokens.findIndex((token) => token.end > quantity.start);
  if (at < 0) at = tokens.length;
  let end = at;
  while (end < tokens.length && tokens[end]!.start < quantity.end) end++;
  const whole = quantity.unit ? null : partitiveWhole(tokens, end, others);
  const unitWords = unitWordsOf(quantity.unit ?? whole?.unit ?? partitiveNoun(tokens, end));
  const unit = unitWords[unitWords.length - 1] ?? null;
  const context = new Set<string>();
  const roles = new Set<string>();
  let negated = false;
  // The window stops at another figure of the claim: in "injured 15 of its 24 crew", injured
  // is said of 15, not of 24.
  const inFigure = (i: number) =>
    others.some(
      (other) => other !== quantity && tokens[i]!.start < other.end && other.start < tokens[i]!.end,
    );
  const take = (i: number) => {
    const token = tokens[i]!;
    if (NEGATIONS.has(token.text.toLowerCase().replace(/’/g, "'"))) negated = true;
    const word = words[i];
    if (word && !unitWords.includes(word) && !word.startsWith('@')) {
      context.add(word);
      if (token.pos === 'VERB') roles.add(word);
    }
  };
  const breaks = (i: number) => CLAUSE_BREAKS.has(tokens[i]!.text.toLowerCase());
  let further = false;
  const mark = (i: number) => {
    if (FURTHER.has(tokens[i]!.text.toLowerCase())) further = true;
  };
  for (let i = at - 1; i >= Math.max(0, at - CONTEXT_TOKENS); i--) {
    if (tokens[i]!.start < claim.start || inFigure(i) || breaks(i)) break;
    take(i);
    mark(i);
  }
  // A part is said of what follows its whole: "six of its eight carriages came off the rails".
  let after = end;
  if (whole) while (after < tokens.length && tokens[after]!.start < whole.end) after++;
  for (let i = after; i < Math.min(tokens.length, after + CONTEXT_TOKENS); i++) {
    if (tokens[i]!.end > claim.end || inFigure(i) || breaks(i)) break;
    take(i);
    mark(i);
  }
  // "Two other inmates", "another 40": the figure's own words may say it is more of them.
  for (let i = at; i < end; i++) mark(i);
  // What is said of the figure may stand further back ("are offering the miners a pay rise of
  // 3 percent"): the nearest verb of its clause.
  if (roles.size === 0)
    for (let i = at - CONTEXT_TOKENS - 1; i >= Math.max(0, at - ROLE_TOKENS); i--) {
      if (tokens[i]!.start < claim.start || inFigure(i) || breaks(i)) break;
      if (tokens[i]!.pos === 'VERB' && words[i]) {
        roles.add(words[i]!);
        context.add(words[i]!);
        break;
      }
    }
  // "will employ about 13,200", "would cost 5 million": what is expected, not what is. A price
  // is agreed, whatever tense the deal is told in: "will acquire the bank for €3.4 billion".
  let expected = false;
  const price = tokens[at - 1]?.text.toLowerCase() === 'for';
  for (let i = at - 1; !price && i >= Math.max(0, at - ROLE_TOKENS); i--) {
    if (tokens[i]!.start < claim.start || breaks(i)) break;
    if (MODALS.has(tokens[i]!.text.toLowerCase().replace(/’/g, "'"))) expected = true;
  }
  return {
    value: quantity.value,
    unit,
    unitWords,
    approximate: quantity.approximate,
    none: false,
    bound: LOWER_BOUND.test(quantity.text)
      ? 'at-least'
      : UPPER_BOUND.test(quantity.text)
        ? 'at-most'
        : null,
    text: quantity.text,
    further,
    expected,
    whole: isWhole(tokens, at, inFigure),
    owner: ownerOf(tokens, words, at, claim, isName),
    // "nine crew were not hurt" counts something else than "12 crew were hurt".
    context: negated ? [...context].map((word) => `not ${word}`) : [...context],
    roles: negated ? [...roles].map((word) => `not ${word}`) : [...roles],
  };
}

/**
 * Whose a figure is: the first word of the name nearest before it in its clause ("Corvel's own
 * shares fell 3 percent" → corvel), or null.
 */
function ownerOf(
  tokens: ReadonlyArray<Span & { text: string }>,
  words: (string | null)[],
  at: number,
  claim: Span,
  isName: (i: number) => boolean,
): string | null {
  for (let i = at - 1; i >= Math.max(0, at - ROLE_TOKENS); i--) {
    if (tokens[i]!.start < claim.start || CLAUSE_BREAKS.has(tokens[i]!.text.toLowerCase())) break;
    if (!isName(i)) continue;
    while (i > 0 && isName(i - 1) && tokens[i - 1]!.start >= claim.start) i--;
    return words[i] ?? null;
  }
  return null;
}

/** Words that make a figure one that is expected or planned, not one that is so. */
const MODALS = new Set(['will', 'would', "'ll", 'could', 'may', 'might', 'shall']);

/** Words that make a figure a count of more of something, beside another ("three also died"). */
const FURTHER = new Set(['also', 'another', 'other', 'additional', 'further', 'separate']);

/** Words between "of" and the whole a part is counted of ("15 of its 24 crew"). */
const OF_WHOLE = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'those', 'these', 'all']);

/**
 * The whole a bare figure counts a part of: "15 of its 24 crew" counts crew, as "twelve of the
 * 24 crew members" does; null when no figure with a unit follows "of".
 */
function partitiveWhole(
  tokens: ReadonlyArray<Span & { text: string; pos: string }>,
  after: number,
  others: readonly Quantity[],
): Quantity | null {
  if (tokens[after]?.text.toLowerCase() !== 'of') return null;
  for (let i = after + 1; i < Math.min(tokens.length, after + 6); i++) {
    const token = tokens[i]!;
    const whole = others.find((other) => other.start <= token.start && token.start < other.end);
    if (whole) return whole.unit ? whole : null;
    if (!OF_WHOLE.has(token.text.toLowerCase()) && !OWNER.has(token.pos)) return null;
  }
  return null;
}

const POSSESSIVE = /^['’]s?$/;

/** Parts of speech of the words naming whose a whole is ("the Dunmore team's"). */
const OWNER = new Set(['PROPN', 'NOUN', 'PART', 'DET', 'ADJ']);

/**
 * Whether the figure at token `at` is the whole a part is counted of: "10 of the team's 16
 * games" counts the games there are, not those missed.
 */
function isWhole(
  tokens: ReadonlyArray<Span & { text: string; pos: string }>,
  at: number,
  inFigure: (i: number) => boolean,
): boolean {
  for (let i = at - 1; i >= Math.max(1, at - 5); i--) {
    const lower = tokens[i]!.text.toLowerCase();
    if (lower === 'of') return inFigure(i - 1);
    // "of the team's 16 games", "of its 24 crew"
    if (!OF_WHOLE.has(lower) && !OWNER.has(tokens[i]!.pos)) return false;
  }
  return false;
}

/** Words between "of" and a counted noun: "one of the port's most feared (VERB) gang leaders". */
const BEFORE_NOUN = new Set(['PROPN', 'ADJ', 'ADV', 'DET', 'PART', 'NUM', 'VERB']);

/**
 * The noun a bare number counts a part of ("one of the city's oldest buildings" counts
 * buildings), or null when no noun follows "of" in a few words.
 */
function partitiveNoun(
  tokens: ReadonlyArray<Span & { text: string; pos: string }>,
  after: number,
): string | null {
  if (tokens[after]?.text.toLowerCase() !== 'of') return null;
  const possessive = (i: number) => POSSESSIVE.test(tokens[i + 1]?.text ?? '');
  for (let i = after + 1; i < Math.min(tokens.length, after + 7); i++) {
    const token = tokens[i]!;
    // The head of "the port's most feared gang leaders" is leaders.
    if (token.pos === 'NOUN' && !possessive(i)) {
      while (tokens[i + 1]?.pos === 'NOUN') i++;
      return tokens[i]!.text;
    }
    if (
      token.pos !== 'NOUN' &&
      !BEFORE_NOUN.has(token.pos) &&
      !OF_WHOLE.has(token.text.toLowerCase())
    )
      return null;
  }
  return null;
}

/** Words after "no" that make it less than none of the whole ("no further arrests"). */
const PARTIAL = new Set(['further', 'more', 'other', 'new', 'additional', 'immediate', 'major']);
/** "No one was hurt", "nobody was injured": none of those the verb tells of. */
const NO_ONE = /^(?:nobody|none|no one|no-one)$/i;

/**
 * Counts of none a claim gives ("No injuries were reported" → none of injure; "nobody was hurt"
 * → none of injure): what they count is the claim word of the noun after "no", or of the verb
 * after "nobody".
 */
export function noneCounts(
  tokens: Array<Span & { text: string; pos: string }>,
  words: (string | null)[],
): ClaimQuantity[] {
  const counts: ClaimQuantity[] = [];
  const count = (at: number, end: number, unit: string) =>
    counts.push({
      value: 0,
      unit,
      unitWords: [unit],
      approximate: false,
      none: true,
      bound: null,
      text: tokens
        .slice(at, end + 1)
        .map((token) => token.text)
        .join(' '),
      context: [],
      roles: [],
      further: false,
      expected: false,
      whole: false,
      owner: null,
    });
  for (let i = 0; i < tokens.length - 1; i++) {
    const lower = tokens[i]!.text.toLowerCase();
    if (lower === 'no') {
      let j = i + 1;
      if (PARTIAL.has(tokens[j]!.text.toLowerCase())) continue;
      while (j < tokens.length - 1 && tokens[j]!.pos === 'ADJ') j++;
      if (tokens[j]!.pos === 'NOUN' && words[j]) count(i, j, words[j]!);
    } else if (NO_ONE.test(lower) || (lower === 'no' && tokens[i + 1]?.text === 'one')) {
      for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++)
        if (tokens[j]!.pos === 'VERB' && words[j]) {
          count(i, j, words[j]!);
          break;
        }
    }
  }
  return counts;
}

/** A bare number this large is not a count of anything else said in a sentence with it. */
const DISTINCT_BARE_NUMBER = 100;

/** A number given without what it counts, large enough to be a figure of its own ("put it at 350"). */
export const isBareFigure = (q: ClaimQuantity) =>
  !q.unit && q.unitWords.length === 0 && q.value >= DISTINCT_BARE_NUMBER;
