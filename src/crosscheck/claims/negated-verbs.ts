import type { Token } from '../../model/analysis.js';

/** Words that deny the verb after them ("were not hurt", "has never flown"). */
const NEGATIONS = new Set(['not', "n't", 'never']);
/** Verbs that deny the verb they take ("declined to comment", "failed to agree"). */
const DENYING = new Set(['decline', 'refuse', 'fail']);
/** What may stand between a verb and its negation: "has not yet been found", "declined to". */
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);
/** Tokens back from a verb where its negation may stand. */
const REACH = 4;

/**
 * The claim words of the verbs a claim denies: "The nine crew members who were not hurt" denies
 * hurt, and "declined to comment" comment. A report that says a thing did not happen does not
 * confirm one that says it did.
 */
export function negatedVerbs(
  tokens: readonly Token[],
  tokenWords: readonly (string | null)[],
): string[] {
  const negated = new Set<string>();
  tokens.forEach((token, i) => {
    const word = tokenWords[i];
    if (!word) return;
    const before = tokens[i - 1]?.text.toLowerCase();
    // The tagger reads some participles after "not" as nouns ("were not hurt").
    const verbal =
      token.pos === 'VERB' ||
      token.pos === 'ADJ' ||
      (token.pos === 'NOUN' && before !== undefined && NEGATIONS.has(before));
    if (!verbal) return;
    for (let j = i - 1; j >= Math.max(0, i - REACH); j--) {
      const other = tokens[j]!;
      if (
        NEGATIONS.has(other.text.toLowerCase()) ||
        (other.pos === 'VERB' && DENYING.has(other.lemma))
      ) {
        negated.add(word);
        return;
      }
      if (!BETWEEN.has(other.pos)) return;
    }
  });
  return [...negated];
}
