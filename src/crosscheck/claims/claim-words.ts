import type { Token } from '../../model/analysis.js';
import { contentLemma } from '../../stories/content-lemmas.js';
import { foldSynonym } from './synonyms.js';

/**
 * Verbs of saying and words every report of anything uses: they tell how a claim is reported,
 * not what it claims.
 */
const REPORTING = new Set(
  (
    'say tell add according report state note told said says adds explain describe confirm ' +
    'claim insist warn write ask speak call news statement spokesman spokeswoman spokesperson ' +
    'official people year week day time also would will'
  ).split(' '),
);

/** The words of a claim alignment matches on: content lemmas (no numbers), synonyms folded. */
export function claimWord(token: Token, english: boolean): string | null {
  if (token.pos === 'NUM') return null;
  const lemma = contentLemma(token, english);
  if (!lemma || /\d/.test(lemma)) return null;
  const lower = lemma.toLowerCase();
  return REPORTING.has(lower) ? null : foldSynonym(lower);
}
