import { confirmsFigure, sharedUnit } from '../align/claim-similarity.js';
import { NEAR_SYNONYM } from '../align/soft-words.js';
import type { WordVectors } from '../align/word-vectors.js';
import type { Claim, ClaimQuantity } from '../claims/claim.js';
import { isBareFigure } from '../claims/claim-quantities.js';
import type { FactWords } from './fact-words.js';

/** Words and figures a fact's note names at most. */
const MAX_ITEMS = 8;
/**
 * Other claims whose words are compared for near-synonyms: a fact of hundreds of reports would
 * otherwise cost a comparison of every word with all of theirs.
 */
const NEAR_CLAIMS = 32;

const givesFigure = (quantity: ClaimQuantity, claim: Claim) =>
  claim.quantities.some(
    (other) =>
      confirmsFigure(quantity, other) &&
      (sharedUnit(quantity, other) !== null || isBareFigure(quantity) || isBareFigure(other)),
  );

/**
 * What of a sentence other sources do not say, as the sentence words it: its figures no other
 * claim gives, and its words (names included) that no other claim uses or says with a
 * near-synonym. `facts` are the corroborated facts it is evidence of ("A fire broke out in the
 * engine room off Corran on Sunday" against reports of a fire off Corran on Sunday: "engine").
 */
export function unconfirmedWords(
  claim: Claim,
  /** The sentence as the fact words it: a dateline or credit it drops is not named. */
  text: string,
  facts: readonly FactWords[],
  vectors: WordVectors | null,
): string[] {
  const { source } = claim;
  const others = facts.flatMap((fact) => fact.members.filter((other) => other.source !== source));
  const items: string[] = [];
  const inFigures = new Set<string>();
  for (const quantity of claim.quantities) {
    for (const word of quantity.unitWords) inFigures.add(word);
    const figure = quantity.unit !== null || isBareFigure(quantity);
    if (figure && !others.some((other) => givesFigure(quantity, other))) items.push(quantity.text);
  }
  const says = (word: string) => facts.some((fact) => fact.says(word, source));
  // One name written more or less fully ("the ferry Tamsin Rose", "Tamsin Rose"), or in words
  // the tagger did not take for a name.
  const named = (key: string) =>
    facts.some((fact) =>
      fact.names.some(
        (name) =>
          name.sources.some((other) => other !== source) &&
          (name.key.includes(key.slice(1)) || key.includes(name.key.slice(1))),
      ),
    ) ||
    (claim.forms.get(key) ?? key.slice(1))
      .toLowerCase()
      .split(/\s+/)
      .every((part) => facts.some((fact) => fact.writes(part, source)));
  let nearRows: number[] | null = null;
  const near = (word: string) => {
    if (!vectors || !claim.softWords.includes(word)) return false;
    const row = vectors.row(word);
    if (row < 0) return false;
    nearRows ??= [...new Set(others.slice(0, NEAR_CLAIMS).flatMap((other) => other.softWords))]
      .map((soft) => vectors.row(soft))
      .filter((other) => other >= 0);
    return nearRows.some((other) => vectors.rowSimilarity(row, other) >= NEAR_SYNONYM);
  };
  const shown = text.toLowerCase();
  // Names first, so that their words are not named again one by one.
  const words = [...claim.words].sort(
    (a, b) => Number(b.startsWith('@')) - Number(a.startsWith('@')),
  );
  for (const word of words) {
    if (says(word) || inFigures.has(word)) continue;
    if (word.startsWith('@') ? named(word) : near(word)) continue;
    const form = claim.forms.get(word);
    // The fact's text may capitalise a clause's first word ("Evacuating 14 passengers").
    if (!form || !shown.includes(form.toLowerCase())) continue;
    if (!items.some((item) => item.toLowerCase().includes(form.toLowerCase()))) items.push(form);
  }
  return items.slice(0, MAX_ITEMS);
}
