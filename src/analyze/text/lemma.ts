import lemmatizer from 'wink-lemmatizer';

// Lemmas by token text as wink gives it (its vocabulary's strings, whose hashes are cached), so a
// repeated word costs one lookup and no new lower-case string.
const verbs = new Map<string, string>();
const nouns = new Map<string, string>();
const others = new Map<string, string>();
const MAX_CACHED = 50_000;

function lemmatize(cache: Map<string, string>, text: string): string {
  const lower = text.toLowerCase();
  if (cache === verbs) return lemmatizer.verb(lower);
  if (cache === nouns) return lemmatizer.noun(lower);
  return lower;
}

/**
 * The lemma of a verb or noun ("said" → "say", "workers" → "worker"); other tokens keep their
 * lower-case form. Extractors ask lemmas of verbs and nouns only, and wink's lemma of every token
 * cost a quarter of the tokenisation pass.
 */
export function lemmaOf(text: string, pos: string): string {
  const cache = pos === 'VERB' || pos === 'AUX' ? verbs : pos === 'NOUN' ? nouns : others;
  let lemma = cache.get(text);
  if (lemma === undefined) {
    lemma = lemmatize(cache, text);
    if (cache.size < MAX_CACHED) cache.set(text, lemma);
  }
  return lemma;
}
