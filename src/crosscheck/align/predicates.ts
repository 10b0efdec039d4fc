import type { Claim } from '../claims/claim.js';
import { NEAR_SYNONYM } from './soft-words.js';
import type { WordVectors } from './word-vectors.js';

/**
 * Whether two claims say the same thing happened: a verb of one among the words of the other
 * ("strike" / "went on strike"), or two verbs near in meaning ("returned" / "travelled") or of one sense ("capsized" /
 * "overturned"). Claims
 * without a verb (a headline's noun phrase) agree with anything.
 */
export function predicatesAgree(
  a: Pick<Claim, 'predicates' | 'words'>,
  b: Pick<Claim, 'predicates' | 'words'>,
  vectors: WordVectors | null,
  wordsOfB: ReadonlySet<string> = new Set(b.words),
  wordsOfA: ReadonlySet<string> = new Set(a.words),
): boolean {
  if (a.predicates.length === 0 || b.predicates.length === 0) return true;
  for (const verb of a.predicates) if (wordsOfB.has(verb)) return true;
  for (const verb of b.predicates) if (wordsOfA.has(verb)) return true;
  if (!vectors) return false;
  const senses = vectors.senses;
  for (const x of a.predicates)
    for (const y of b.predicates) {
      if (senses?.relatedIds(senses.id(x, 'verb'), senses.id(y, 'verb'))) return true;
      if (vectors.similarity(x, y) >= NEAR_SYNONYM) return true;
    }
  return false;
}
