import type { Token } from '../../src/model/analysis.js';
import { otherPeople, sameTimeframe, type Claim } from '../../src/crosscheck/claims/claim.js';
import { claimWords } from '../../src/crosscheck/claims/claim-words.js';
import { foldSynonym } from '../../src/crosscheck/claims/synonyms.js';
import { disagreeOnDate } from '../../src/crosscheck/verdicts/date-versions.js';
import { disagreeingUnit } from '../../src/crosscheck/verdicts/figure-versions.js';
import { disagreeOnPlace } from '../../src/crosscheck/verdicts/place-versions.js';
import { NEAR_SYNONYM } from '../../src/crosscheck/align/soft-words.js';
import type { WordVectors } from '../../src/crosscheck/align/word-vectors.js';

/** Why two claims tell of two happenings, not one. */
export type Apart = 'timeframe' | 'people' | 'place' | 'date' | 'figure';

export const APART_REASONS: readonly Apart[] = ['timeframe', 'people', 'place', 'date', 'figure'];

/**
 * What tells the happenings of two claims apart when each tells of one of the same kind ("checked
 * into a clinic"): one is the news and the other background, they are about different people
 * (`otherPeople`), send it to different places, give it different days, or count it differently.
 * Null when nothing in them tells the two apart. Only the reasons in `use` are asked.
 */
export function tellApart(
  a: Claim,
  b: Claim,
  vectors: WordVectors | null,
  use: ReadonlySet<Apart> = new Set(APART_REASONS),
): Apart | null {
  if (use.has('timeframe') && !sameTimeframe(a, b)) return 'timeframe';
  if (use.has('people') && otherPeople(a, b)) return 'people';
  if (use.has('place') && disagreeOnPlace(a, b, vectors)) return 'place';
  if (use.has('date') && disagreeOnDate(a, b)) return 'date';
  if (use.has('figure') && disagreeingUnit(a, b) !== null) return 'figure';
  return null;
}

const NAMING_TAGS = new Set(['VERB', 'NOUN', 'PROPN', 'ADJ']);

/**
 * The words that name a happening in a phrase ("checked into", "went up in flames"), as claims
 * word them: lemmas, synonyms and phrasal verbs folded. A verb of saying, which claims leave out
 * ("said"), is named by its lemma.
 */
export function happeningWords(tokens: readonly Token[], english: boolean): string[] {
  const words = claimWords(tokens, english).filter((word): word is string => word !== null);
  if (words.length > 0) return [...new Set(words)];
  const lemmas = tokens
    .filter((token) => NAMING_TAGS.has(token.pos) && /\p{L}/u.test(token.text))
    .map((token) => foldSynonym(token.lemma.toLowerCase()));
  return [...new Set(lemmas)];
}

/**
 * Whether two phrases that each name a happening, as their words (`happeningWords`), name one
 * kind: every word of the shorter is a word of the other, or, with `near` and word vectors, a word
 * at that cosine or above or of one common WordNet sense ("blaze" / "fire" are one word already;
 * "quake" / "tremor" too; "capsize" / "overturn" are of one sense).
 */
export function sameKindOfHappening(
  a: readonly string[],
  b: readonly string[],
  vectors: WordVectors | null,
  near: number | null = NEAR_SYNONYM,
): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // A mention's words are not told apart as nouns or verbs here: either sense counts.
  const oneSense = (x: string, y: string) => !!vectors?.senses?.related(x, y);
  return short.every((x) =>
    long.some(
      (y) =>
        x === y ||
        (near !== null && !!vectors && (oneSense(x, y) || vectors.similarity(x, y) >= near)),
    ),
  );
}

/** A word or phrase naming a happening, with the claim it stands in. */
export interface HappeningMention {
  /** Its `happeningWords`. */
  words: readonly string[];
  /** The claim holding it; null when it stands in none (a credit line). */
  claim: Claim | null;
}

export interface SameHappeningOptions {
  /** The cosine at which two words name one kind of happening; null for the same words only. */
  near?: number | null;
  /**
   * The least word similarity of the two claims (`ClaimSimilarity.words`): 0 asks none, and a
   * mention outside any claim passes.
   */
  context?: number;
  /** The reasons that tell two happenings apart (`tellApart`); every one by default. */
  apart?: ReadonlySet<Apart>;
}

/**
 * Whether two mentions of happenings in reports of one story are of one happening: they name
 * one kind of happening, nothing in their claims tells them apart, and their claims are alike in
 * words (`related`) at least `context`.
 */
export function sameHappening(
  a: HappeningMention,
  b: HappeningMention,
  vectors: WordVectors | null,
  related: (a: Claim, b: Claim) => number,
  { near = NEAR_SYNONYM, context = 0, apart = new Set(APART_REASONS) }: SameHappeningOptions = {},
): boolean {
  if (!sameKindOfHappening(a.words, b.words, vectors, near)) return false;
  if (!a.claim || !b.claim) return true;
  if (tellApart(a.claim, b.claim, vectors, apart) !== null) return false;
  return context <= 0 || a.claim === b.claim || related(a.claim, b.claim) >= context;
}
