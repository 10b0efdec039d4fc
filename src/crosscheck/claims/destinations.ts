import type { Entity, Token } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';
import { entityKey } from './entity-key.js';

/** A place a claim says someone or something went to ("travelled on to Coimbra"). */
export interface ClaimPlace {
  key: string;
  /** The words that say so, from the verb ("returned to Lisbon"). */
  phrase: string;
  /** The claim word of the verb of going ("return"), null when none stands just before. */
  verb: string | null;
}

const TOWARDS = /\b(?:to|into|towards?)\s+(?:the\s+)?$/i;
/** Tokens back from "to" where the verb of going may stand ("travelled on to"). */
const VERB_REACH = 3;

/** The places a claim's text says something went to. */
export function destinationsOf(
  entities: readonly Entity[],
  claim: Span,
  text: string,
  tokens: readonly Token[],
  tokenWords: readonly (string | null)[],
): ClaimPlace[] {
  const places: ClaimPlace[] = [];
  for (const entity of entities) {
    if (entity.type !== 'place') continue;
    for (const mention of entity.mentions) {
      if (mention.start < claim.start || mention.end > claim.end) continue;
      const before = text.slice(Math.max(claim.start, mention.start - 12), mention.start);
      if (!TOWARDS.test(before)) continue;
      const at = tokens.findIndex((token) => token.start >= mention.start);
      let from = mention.start - (before.length - before.search(TOWARDS));
      let verb: string | null = null;
      for (let i = at - 2; i >= Math.max(0, at - 2 - VERB_REACH); i--)
        if (tokens[i]!.pos === 'VERB' && tokens[i]!.start >= claim.start) {
          from = tokens[i]!.start;
          verb = tokenWords[i] ?? null;
          break;
        }
      places.push({
        key: entityKey(entity),
        phrase: text.slice(from, mention.end).trim(),
        verb,
      });
    }
  }
  return places;
}
