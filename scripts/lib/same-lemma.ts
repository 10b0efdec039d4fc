/**
 * Same-lemma baselines for linking sentences of different articles that report one event:
 * (a) the classic one over gold event mentions (two mentions with the same head lemma are one
 * event), (b) one without gold mentions (two sentences that share a content verb's lemma).
 */
import lemmatizer from 'wink-lemmatizer';
import type { TextLayer } from '../../src/model/analysis.js';

// Words that are not a mention's head: particles, prepositions, auxiliaries, determiners.
const NOT_HEAD = new Set(
  'a an the to of in on into at by for with up out off down over from as and or be is was were been being has have had do does did will would can could may might shall should must not no his her their its our my your this that these those'.split(
    ' ',
  ),
);

/** The lemma of a word: its verb lemma when that differs from the word, else its noun lemma. */
export function lemmaOfWord(word: string): string {
  const lower = word.toLowerCase();
  const verb = lemmatizer.verb(lower);
  return verb !== lower ? verb : lemmatizer.noun(lower);
}

/** The head lemma of a gold mention: its first word that is no particle, preposition or auxiliary. */
export function headLemma(tokens: string): string {
  const words = tokens.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  const head = words.find((w) => !NOT_HEAD.has(w.toLowerCase())) ?? words[0] ?? tokens;
  return lemmaOfWord(head);
}

// Verbs that say little about which event: auxiliaries, light and reporting verbs.
const LIGHT_VERBS = new Set(
  'be have do say tell get make go come take give put let seem become will would can could may might shall should must'.split(
    ' ',
  ),
);

/** Content verbs of a text layer, each with its lemma and offset. */
export function contentVerbs(layer: TextLayer): { lemma: string; start: number; end: number }[] {
  return layer.tokens
    .filter((t) => t.pos === 'VERB' && /\p{L}/u.test(t.text))
    .map((t) => ({ lemma: lemmatizer.verb(t.text.toLowerCase()), start: t.start, end: t.end }))
    .filter((v) => !LIGHT_VERBS.has(v.lemma));
}
