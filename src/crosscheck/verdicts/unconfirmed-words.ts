import { confirmsFigure, sharedUnit } from '../align/claim-similarity.js';
import { NEAR_SYNONYM } from '../align/soft-words.js';
import type { WordVectors } from '../align/word-vectors.js';
import type { Claim, ClaimQuantity } from '../claims/claim.js';
import { isBareFigure } from '../claims/claim-quantities.js';

/** Words and figures a fact's note names at most. */
const MAX_ITEMS = 8;

const confirmedFigure = (quantity: ClaimQuantity, others: Claim[]) =>
  others.some((claim) =>
    claim.quantities.some(
      (other) =>
        confirmsFigure(quantity, other) &&
        (sharedUnit(quantity, other) !== null || isBareFigure(quantity) || isBareFigure(other)),
    ),
  );

/**
 * What of a sentence other sources do not say, as the sentence words it: its figures no other
 * claim gives, and its words (names included) that no other claim uses or says with a
 * near-synonym. `others` are the claims of other sources that confirm the rest of it ("A fire broke
 * out off Busan late on Sunday" against reports of a fire on Sunday: "late").
 */
export function unconfirmedWords(
  claim: Claim,
  /** The sentence as the fact words it: a dateline or credit it drops is not named. */
  text: string,
  others: Claim[],
  vectors: WordVectors | null,
): string[] {
  const items: string[] = [];
  const inFigures = new Set<string>();
  for (const quantity of claim.quantities) {
    for (const word of quantity.unitWords) inFigures.add(word);
    if ((quantity.unit !== null || isBareFigure(quantity)) && !confirmedFigure(quantity, others))
      items.push(quantity.text);
  }
  const said = new Set(others.flatMap((other) => other.words));
  const names = [...said].filter((word) => word.startsWith('@'));
  const written = new Set(
    others.flatMap((other) =>
      [...other.forms.values()].flatMap((form) => form.toLowerCase().split(/\s+/)),
    ),
  );
  // One name written more or less fully ("the ferry Tamsin Rose", "Tamsin Rose"), or in words
  // the tagger did not take for a name.
  const named = (key: string) =>
    names.some((name) => name.includes(key.slice(1)) || key.includes(name.slice(1))) ||
    (claim.forms.get(key) ?? key.slice(1))
      .toLowerCase()
      .split(/\s+/)
      .every((part) => written.has(part));
  const soft = [...new Set(others.flatMap((other) => other.softWords))];
  // Names first, so that their words are not named again one by one.
  const words = [...claim.words].sort(
    (a, b) => Number(b.startsWith('@')) - Number(a.startsWith('@')),
  );
  for (const word of words) {
    if (said.has(word) || inFigures.has(word) || (word.startsWith('@') && named(word))) continue;
    const near =
      vectors !== null &&
      claim.softWords.includes(word) &&
      soft.some((other) => vectors.similarity(word, other) >= NEAR_SYNONYM);
    if (near) continue;
    const form = claim.forms.get(word);
    if (form && text.includes(form) && !items.some((item) => item.includes(form))) items.push(form);
  }
  return items.slice(0, MAX_ITEMS);
}
