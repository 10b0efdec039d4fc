import lemmatizer from 'wink-lemmatizer';
import { lowerOf } from './char-class.js';
import { FormMemo } from './form-memo.js';

/**
 * A one-syllable stem ending in one vowel and one consonant that doubles ("hop", "stag"): its
 * verb forms double the consonant ("hopped", "stagged"), so "hoped" and "staged" are of the verb
 * with a silent e.
 */
const DOUBLING_STEM = /^[^aeiouy]*[aeiou][bdfglmnprstvz]$/;

/** wink's verb lemma, except that it reads "staged" as stag and "hoped" as hop. */
export function verbLemma(form: string): string {
  const lower = form.toLowerCase();
  const lemma = lemmatizer.verb(lower);
  const suffix = lower.endsWith('ed') ? 2 : lower.endsWith('ing') ? 3 : 0;
  if (suffix && lower.length - suffix === lemma.length && DOUBLING_STEM.test(lemma))
    return `${lemma}e`;
  return lemma;
}

const verbs = new FormMemo(verbLemma);
const nouns = new FormMemo((text) => lemmatizer.noun(text.toLowerCase()));
/** Word forms in lower case: no new string for a word seen before. */
export const LOWER_FORMS = new FormMemo(lowerOf);

/** Token `i` of a layer in lower case, by its form: no new string for a word seen before. */
export function lowerAt(layer: { tokens: Array<{ text: string }>; forms: number[] }, i: number) {
  return LOWER_FORMS.at(layer, i);
}

/**
 * The lemma of a verb or noun ("said" → "say", "workers" → "worker"); other tokens keep their
 * lower-case form. Extractors ask lemmas of verbs and nouns only, and wink's lemma of every token
 * cost a quarter of the tokenisation pass. `form` is the token's form number (`TextLayer.forms`).
 */
export function lemmaOf(text: string, pos: string, form: number): string {
  const memo = pos === 'VERB' || pos === 'AUX' ? verbs : pos === 'NOUN' ? nouns : LOWER_FORMS;
  return memo.get(form) ?? memo.learn(form, text);
}
