import type { Claim, ClaimQuantity } from '../claims/claim.js';
import { isBareFigure } from '../claims/claim-quantities.js';
import { softPairs, softShared, softWordsOf, type SoftWords } from './soft-words.js';
import type { WordVectors } from './word-vectors.js';
import { agreeOnTime, timedHappening } from '../verdicts/time-versions.js';
import type { WordSenses } from './word-senses.js';

/** Whether a bound allows the other figure ("more than 150" allows 160). */
const allows = (bound: ClaimQuantity, other: ClaimQuantity) =>
  bound.bound === 'at-least'
    ? other.value >= bound.value || other.bound === 'at-least'
    : bound.bound === 'at-most'
      ? other.value <= bound.value || other.bound === 'at-most'
      : false;

/**
 * Two numbers that are the same figure: equal, within 5% when either is approximate, or one
 * within the other's bound.
 */
export function sameFigure(a: ClaimQuantity, b: ClaimQuantity): boolean {
  if (a.value === b.value || allows(a, b) || allows(b, a)) return true;
  if (!a.approximate && !b.approximate) return false;
  return Math.abs(a.value - b.value) <= 0.05 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/**
 * Two numbers that confirm each other: the same figure, and not merely one within the other's
 * bound ("will not accept less than 7 percent" allows an offer of 3.5 percent, and confirms
 * nothing of it).
 */
export const confirmsFigure = (a: ClaimQuantity, b: ClaimQuantity) =>
  (a.bound === b.bound || a.value === b.value) && sameFigure(a, b);

/** The unit a link core keys a figure by when one side gives it bare. */
export const BARE = 'number';

/** A link core's key for a figure a claim gives that the other claim agrees with. */
export const figureKey = (unit: string, value: number) => `figure:${unit}:${value}`;

/** A word of both figures' units ("crew members" and "injured crew" share crew), or null. */
export const sharedUnit = (a: ClaimQuantity, b: ClaimQuantity) =>
  a.unitWords.find((word) => b.unitWords.includes(word)) ?? null;

const sharesFigure = (a: Claim, b: Claim) =>
  a.quantities.some((q) => b.quantities.some((r) => sharedUnit(q, r) && confirmsFigure(q, r)));

/** One side of a verb both claims use denies it: "were not hurt" against "were hurt". */
const denies = (a: Claim, b: Claim) =>
  a.negated.some((word) => b.words.includes(word) && !b.negated.includes(word));
export const opposed = (a: Claim, b: Claim) => denies(a, b) || denies(b, a);

/** Whether some word of `claim` is not in `other`, and every such word is one of its verbs. */
function onlyVerbsOwn(claim: Claim, other: ReadonlySet<string>): boolean {
  let own = 0;
  for (const word of claim.words)
    if (!other.has(word)) {
      if (!claim.predicates.includes(word)) return false;
      own++;
    }
  return own > 0;
}

/** Whether every content word one claim has and the other lacks is a verb, on both sides. */
const onlyVerbsDiffer = (
  a: Claim,
  wordsOfA: ReadonlySet<string>,
  b: Claim,
  wordsOfB: ReadonlySet<string>,
) => onlyVerbsOwn(a, wordsOfB) && onlyVerbsOwn(b, wordsOfA);

/** Whether a verb of one claim and a verb of the other share a common WordNet sense. */
const verbsOfOneSense = (a: Claim, b: Claim, senses: WordSenses | null) =>
  !!senses &&
  a.predicates.some((x) =>
    b.predicates.some((y) => senses.relatedIds(senses.id(x, 'verb'), senses.id(y, 'verb'))),
  );

/** The time of day of a telling date ("T18:00" of "2031-06-09T18:00"), or null. */
const clockOf = (date: string) => {
  const at = date.indexOf('T');
  return at < 0 ? null : date.slice(at);
};

/**
 * Two telling dates that say the same: equal, or one hour given without a day ("T20:00", which
 * the article's date would only guess) and the other at that hour.
 */
const sameTelling = (x: string, y: string) =>
  x === y || ((x.startsWith('T') || y.startsWith('T')) && clockOf(x) === clockOf(y));

const sharesTelling = (a: Claim, b: Claim) =>
  a.telling.some((x) => b.telling.some((y) => sameTelling(x, y)));

/**
 * Claims that give their happenings different years or hours, and no date in common ("built in
 * 1962" / "built in 1926", "at 6 pm" / "at 9 pm"). Days are left out: a weekday read against the
 * wrong article date would part two reports of one happening. So are hours of one once-only
 * happening ("the ferry capsized shortly after 6 p.m." / "overturned at about 7.30 p.m."): they
 * agree, or the fact is a conflict over the time.
 */
const otherDates = (a: Claim, b: Claim, timed: boolean) =>
  a.telling.some((x) =>
    b.telling.some((y) => {
      if (x.length === 4 && y.length === 4) return x !== y;
      const [cx, cy] = [clockOf(x), clockOf(y)];
      return !timed && cx !== null && cy !== null && !sameTelling(x, y);
    }),
  );

/**
 * How close two claims of a story are in what they say: the cosine of their words weighted by
 * inverse article frequency, near-synonyms counting by how near (when word vectors are
 * installed), plus agreement on a figure and on a telling date (a day, "since 2029").
 */
export class ClaimSimilarity {
  private readonly sets: ReadonlySet<string>[];
  private readonly masses: Float64Array;
  private readonly soft: SoftWords[] | null;

  constructor(
    private readonly claims: Claim[],
    private readonly weights: Map<string, number>,
    private readonly vectors: WordVectors | null,
  ) {
    this.sets = claims.map((claim) => new Set(claim.words));
    this.masses = Float64Array.from(claims, (claim) =>
      claim.words.reduce((sum, word) => sum + weights.get(word)! ** 2, 0),
    );
    this.soft = vectors ? claims.map((claim) => softWordsOf(claim, weights, vectors)) : null;
  }

  /** Words only: the weighted cosine with near-synonyms. */
  words(a: number, b: number): number {
    // Alignment asks the same pair twice in a row (its score, then whether it conflicts).
    if (this.lastA === a && this.lastB === b) return this.lastWords;
    this.lastA = a;
    this.lastB = b;
    this.lastWords = this.computeWords(a, b);
    return this.lastWords;
  }

  private lastA = -1;
  private lastB = -1;
  private lastWords = 0;

  private computeWords(a: number, b: number): number {
    const norm = Math.sqrt(this.masses[a]! * this.masses[b]!);
    if (norm === 0) return 0;
    const [small, large] =
      this.claims[a]!.words.length <= this.claims[b]!.words.length ? [a, b] : [b, a];
    const other = this.sets[large]!;
    let shared = 0;
    for (const word of this.claims[small]!.words)
      if (other.has(word)) shared += this.weights.get(word)! ** 2;
    if (this.soft)
      shared += softShared(
        this.soft[a]!,
        this.soft[b]!,
        this.sets[a]!,
        this.sets[b]!,
        this.vectors!,
      );
    return Math.min(1, shared / norm);
  }

  /**
   * What two claims share, each side in its own words with their weights: exact words, the
   * near-synonyms each side used, the date and the figure they agree on. A link's core: two links
   * of one claim are the same fact when they share it through the same words.
   */
  core(a: number, b: number): { a: Map<string, number>; b: Map<string, number> } {
    const ca = this.claims[a]!;
    const cb = this.claims[b]!;
    const sideA = new Map<string, number>();
    const sideB = new Map<string, number>();
    const setB = this.sets[b]!;
    for (const word of ca.words)
      if (setB.has(word)) {
        const weight = this.weights.get(word)! ** 2;
        sideA.set(word, weight);
        sideB.set(word, weight);
      }
    if (this.soft) {
      const sa = this.soft[a]!;
      const sb = this.soft[b]!;
      const pairs = softPairs(sa, sb, this.sets[a]!, setB, this.vectors!);
      for (let k = 0; k < pairs.count; k++) {
        const i = pairs.a[k]!;
        const j = pairs.b[k]!;
        sideA.set(sa.words[i]!, sa.weights[i]! ** 2 * pairs.near[k]!);
        sideB.set(sb.words[j]!, sb.weights[j]! ** 2 * pairs.near[k]!);
      }
    }
    for (const date of ca.telling)
      for (const other of cb.telling)
        if (sameTelling(date, other)) {
          sideA.set(`date:${date}`, 1);
          sideB.set(`date:${other}`, 1);
        }
    for (const q of ca.quantities)
      for (const r of cb.quantities) {
        if (!confirmsFigure(q, r)) continue;
        // "The company puts the figure at 350" and "350 jobs" give one figure.
        const unit = sharedUnit(q, r) ?? (isBareFigure(q) || isBareFigure(r) ? BARE : null);
        if (!unit) continue;
        // Each side keys the figure with its own value: what a link confirms of a claim is that
        // figure, not every figure of the unit the claim gives.
        sideA.set(figureKey(unit, q.value), 2);
        sideB.set(figureKey(unit, r.value), 2);
      }
    return { a: sideA, b: sideB };
  }

  /**
   * Words plus agreement on a figure with its unit and on a telling date; 0 for claims that share
   * too little exactly (two words, or one and a date, a figure or a name) for near-synonyms to carry
   * the rest: word vectors know "mayor" and "council" are related, not that two claims say one
   * thing. (Leaving out the story's most common words as anchors cost ECB+ half its recall.)
   */
  score(a: number, b: number): number {
    const ca = this.claims[a]!;
    const cb = this.claims[b]!;
    const setB = this.sets[b]!;
    // Exact words first: most candidate pairs stop here, before any vector is read.
    let exact = 0;
    let only = '';
    let said = false;
    for (const word of ca.words)
      if (!word.startsWith('@') && setB.has(word)) {
        exact++;
        only = word;
        if (!ca.nameWords.includes(word) || !cb.nameWords.includes(word)) said = true;
      }
    if (exact === 0 || opposed(ca, cb)) return 0;
    const figure = sharesFigure(ca, cb);
    // Two claims that share only who they are about ("Sea Minister Joana de Almeida has not
    // commented" / "… said on Tuesday …") say different things of them.
    if (!said && !figure) return 0;
    // Two reports of one once-only happening at one time ("capsized shortly after 6 p.m." /
    // "overturned shortly after 6 p.m.") tell one thing, in whatever verb.
    const timed = timedHappening(ca, cb);
    const date = sharesTelling(ca, cb) || (timed && agreeOnTime(ca, cb));
    if (!date && otherDates(ca, cb, timed)) return 0;
    // A name counts apart from the words only when the word is not one of its own ("the union"
    // and the Tagus Dockworkers' Union are one anchor, not two).
    if (exact === 1 && !figure && !date) {
      const entity = ca.words.some(
        (key) => key.startsWith('@') && setB.has(key) && !key.includes(only),
      );
      if (!entity) return 0;
    }
    // Two claims alike but in their verbs say different things happened ("the council approved
    // the repairs" / "rejected the repairs"); with other words of their own ("divers recovered
    // the body" / "coast guard divers located the body of the deckhand") the verbs may be a
    // paraphrase.
    // Word vectors put antonyms near each other, so only a WordNet sense makes such verbs one.
    if (
      !figure &&
      !timed &&
      onlyVerbsDiffer(ca, this.sets[a]!, cb, setB) &&
      !verbsOfOneSense(ca, cb, this.vectors?.senses ?? null)
    )
      return 0;
    let score = this.words(a, b);
    if (figure) score += 0.1;
    if (date) score += 0.05;
    return score;
  }
}
