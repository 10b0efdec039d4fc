import lemmatizer from 'wink-lemmatizer';
import type { Token } from '../../model/analysis.js';
import { contentLemma } from '../../stories/content-lemmas.js';
import { foldSynonym } from './synonyms.js';

/**
 * Verbs of saying and words every report of anything uses: they tell how a claim is reported,
 * not what it claims.
 */
const REPORTING = new Set(
  (
    'say tell add report state note told said says adds explain describe confirm ' +
    'claim insist warn write ask speak call news statement spokesman spokeswoman spokesperson ' +
    'official people year week day time also would will'
  ).split(' '),
);

/** -ing nouns that name no action. */
const NOT_GERUNDS = new Set(['evening', 'morning', 'ceiling', 'thing', 'spring', 'king', 'ring']);

/**
 * The lemma an event is matched by: a headline's capitalised words are tagged as names and keep
 * their form ("Checks Into Rehab For Undisclosed Reasons"), and a gerund after a preposition is
 * tagged a noun ("for checking into"); both are lemmatised as the word they are, so that
 * "checks" and "checking" meet "checked".
 */
function eventLemma(lemma: string, token: Token, english: boolean): string {
  if (!english || !/^\p{Ll}+$/u.test(lemma)) return lemma;
  if (token.pos === 'PROPN') {
    const noun = lemmatizer.noun(lemma);
    return noun !== lemma ? noun : lemmatizer.verb(lemma);
  }
  if (token.pos === 'NOUN' && lemma.endsWith('ing') && !NOT_GERUNDS.has(lemma))
    return lemmatizer.verb(lemma);
  return lemma;
}

/** -ly adverbs that say how sure or when, not how: no claim word. */
const FRAME_ADVERBS = new Set(
  (
    'reportedly allegedly apparently really actually finally recently currently largely mostly ' +
    'nearly roughly approximately likely early only partly fully usually previously initially ' +
    'immediately quickly newly widely daily weekly monthly yearly shortly'
  ).split(' '),
);

/** "seriously" → serious, "heavily" → heavy: how something happened, as its adjective. */
function adverbAdjective(token: Token): string | null {
  const lower = token.text.toLowerCase();
  if (!/^\p{Ll}{4,}ly$/u.test(lower) || FRAME_ADVERBS.has(lower)) return null;
  return lower.endsWith('ily') ? `${lower.slice(0, -3)}y` : lower.slice(0, -2);
}

/** The words of a claim alignment matches on: content lemmas (no numbers), synonyms folded. */
export function claimWord(token: Token, english: boolean): string | null {
  if (token.pos === 'NUM') return null;
  if (english && token.pos === 'ADV') {
    // The tagger reads "the first full stoppage" as an adverb: an ordinal tells one happening.
    if (token.text.toLowerCase() === 'first') return 'first';
    const adjective = adverbAdjective(token);
    return adjective ? foldSynonym(adjective) : null;
  }
  const lemma = contentLemma(token, english);
  if (!lemma || /\d/.test(lemma)) return null;
  const lower = eventLemma(lemma.toLowerCase(), token, english);
  // "according to" is reported speech, though its lemma is "accord".
  if (REPORTING.has(lower) || (english && token.text.toLowerCase() === 'according')) return null;
  return foldSynonym(lower);
}

/**
 * Phrasal verbs news uses for one happening, folded into the word alignment knows it by ("walked
 * out" and "walked off the job" are a strike): the verb's lemma, then its particle or object.
 */
const PHRASES = new Map<string, string>([
  ['walk out', 'strike'],
  ['walk off', 'strike'],
  ['stop work', 'strike'],
  ['burst bank', 'flood'],
  ['step down', 'resign'],
  ['call off', 'cancel'],
  ['blow up', 'explode'],
  ['put out', 'extinguish'],
  ['pass away', 'die'],
  ['shut down', 'close'],
  ['take place', 'happen'],
  ['break out', 'begin'],
  ['catch fire', 'begin'],
  ['give way', 'collapse'],
  ['cave in', 'collapse'],
  ['turn down', 'reject'],
  ['come off', 'derail'],
  ['leave rail', 'derail'],
  ['leave track', 'derail'],
  ['jump rail', 'derail'],
  ['jump track', 'derail'],
]);

/**
 * Phrases that name their happening only with one of these things right after them, and no
 * other noun: "came off the rails" derailed, "the deal came off" and "came off the production
 * line" did not.
 */
const REQUIRED_OBJECTS = new Map<string, ReadonlySet<string>>([
  ['come off', new Set(['rail', 'track', 'line'])],
]);

/** Phrases whose object is said as well as folded ("caught fire": began, and fire). */
const OBJECT_KEPT = new Set(['catch fire']);

/**
 * Phrases that name their happening only when what follows them, if a thing, is one of these:
 * "walked off the job" is a strike, "walked off the pitch" is not; "put out the fire" and "the fire
 * was put out" are putting it out, "put out a statement" is not.
 */
const ONLY_OBJECTS = new Map<string, ReadonlySet<string>>([
  ['walk off', new Set(['job', 'work'])],
  ['put out', new Set(['fire'])],
]);

/** Words of a noun phrase before its head ("a huge warehouse fire"). */
const MODIFIERS = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN']);

/** Phrases that do not name their happening with one of these words next: "walked out of the mine". */
const NOT_BEFORE = new Map<string, ReadonlySet<string>>([
  ['walk out', new Set(['of'])],
  // "The protests gave way to talks", "the operator caved in to the union": nothing fell.
  ['give way', new Set(['to'])],
  ['cave in', new Set(['to'])],
]);

const PHRASE_HEADS = new Set(['VERB', 'NOUN', 'PROPN']);

/** Words between a phrasal verb and its particle or object ("burst its banks"). */
const BETWEEN = new Set(['the', 'its', 'their', 'his', 'her', 'a']);

/** The claim words of a run of tokens, phrasal verbs folded into their verb. */
export function claimWords(tokens: readonly Token[], english: boolean): (string | null)[] {
  const words = tokens.map((token) => claimWord(token, english));
  if (!english) return words;
  for (let i = 0; i < tokens.length; i++) {
    // The tagger reads some verbs as nouns ("The river burst its banks") or, in a headline, names.
    if (!PHRASE_HEADS.has(tokens[i]!.pos)) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && BETWEEN.has(tokens[j]!.text.toLowerCase())) j++;
    if (j >= tokens.length) continue;
    const next = tokens[j]!;
    const particle = words[j] ?? next.text.toLowerCase();
    const head = words[i] ?? tokens[i]!.lemma.toLowerCase();
    const phrase = `${head} ${particle}`;
    const folded = PHRASES.get(phrase);
    if (!folded) continue;
    let k = j + 1;
    while (k < tokens.length && k <= j + 3 && BETWEEN.has(tokens[k]!.text.toLowerCase())) k++;
    const after = tokens[k]?.text.toLowerCase() ?? '';
    const object = k > j + 1 || tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN';
    if (object && ONLY_OBJECTS.has(phrase)) {
      // The thing is a word of the noun phrase that follows ("a huge fire", "the warehouse fire",
      // "their jobs"), as claims word it ("blazes" is fire).
      const things = ONLY_OBJECTS.get(phrase)!;
      let named = false;
      for (let m = k; m < tokens.length && (m === k || MODIFIERS.has(tokens[m]!.pos)); m++)
        if (things.has(words[m] ?? tokens[m]!.text.toLowerCase())) named = true;
      if (!named) continue;
    }
    const required = REQUIRED_OBJECTS.get(phrase);
    if (required && (!required.has(words[k] ?? after) || tokens[k + 1]?.pos === 'NOUN')) continue;
    if (NOT_BEFORE.get(phrase)?.has(after)) continue;
    words[i] = foldSynonym(folded);
    if (!OBJECT_KEPT.has(phrase)) words[j] = null;
    if (required) words[k] = null;
  }
  return words;
}
