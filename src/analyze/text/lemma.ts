import lemmatizer from 'wink-lemmatizer';

const verbs = new Map<string, string>();
const nouns = new Map<string, string>();
const MAX_CACHED = 50_000;

function cached(
  cache: Map<string, string>,
  word: string,
  lemmatize: (word: string) => string,
): string {
  let lemma = cache.get(word);
  if (lemma === undefined) {
    lemma = lemmatize(word);
    if (cache.size < MAX_CACHED) cache.set(word, lemma);
  }
  return lemma;
}

/**
 * The lemma of a verb or noun ("said" → "say", "workers" → "worker"); other tokens keep their
 * lower-case form. Extractors ask lemmas of verbs and nouns only, and wink's lemma of every token
 * cost a quarter of the tokenisation pass.
 */
export function lemmaOf(text: string, pos: string): string {
  const lower = text.toLowerCase();
  if (pos === 'VERB' || pos === 'AUX') return cached(verbs, lower, lemmatizer.verb);
  if (pos === 'NOUN') return cached(nouns, lower, lemmatizer.noun);
  return lower;
}
