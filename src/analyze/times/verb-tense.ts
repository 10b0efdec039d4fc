import type { Tense } from './time-candidate.js';
import { sentenceOf, type TokenView, wordAt } from './token-view.js';

// How far from the expression a governing verb is looked for: a clause, not the whole sentence.
const REACH = 12;

// "would" is the future of reported speech: "said the payment would be made in January".
const FUTURE_AUXILIARIES = new Set(['will', "'ll", 'shall', 'wo', 'would']);
// "plans to", "is due to", "expected to": the verb after "to" lies ahead.
const INTENTIONS = new Set([
  'due',
  'plan',
  'planned',
  'plans',
  'planning',
  'expect',
  'expected',
  'expects',
  'schedule',
  'scheduled',
  'set',
  'going',
  'intend',
  'intends',
  'intended',
  'aim',
  'aims',
  'hope',
  'hopes',
  'hoped',
  'want',
  'wants',
  'prepare',
  'prepares',
  'agreed',
  'decided',
  'promised',
  'vowed',
  'likely',
  'poised',
  'slated',
  'threatened',
  'threatens',
  'pledged',
  'is',
  'are',
]);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do', "'s", "'re"]);

function isVerb(pos: string): boolean {
  return pos === 'VERB' || pos === 'AUX';
}

/** What the form of one verb says: "said", "walked", "was" are past; "will", "would" point ahead. */
function formTense(view: TokenView, i: number): Tense {
  const token = view.tokens[i]!;
  const word = wordAt(view, i);
  if (PAST_AUXILIARIES.has(word)) return 'past';
  if (FUTURE_AUXILIARIES.has(word)) return 'future';
  if (PRESENT_AUXILIARIES.has(word) || word === token.lemma || word.endsWith('ing'))
    return 'unknown';
  if (word.endsWith('s') && word.startsWith(token.lemma.slice(0, -1))) return 'unknown';
  return 'past';
}

/** The tense of the verb at `i`, read with its auxiliaries and an intention before "to". */
function verbTense(view: TokenView, i: number, from: number): Tense {
  for (let k = i - 1; k >= Math.max(from, i - 4); k--) {
    const word = wordAt(view, k);
    if (FUTURE_AUXILIARIES.has(word)) return 'future';
    if (word === 'to') {
      const before = wordAt(view, k - 1);
      if (k - 1 >= from && before && INTENTIONS.has(before)) return 'future';
      return verbBefore(view, k, from);
    }
    const pos = view.tokens[k]!.pos;
    if (!isVerb(pos) && pos !== 'PART' && pos !== 'ADV') break;
    if (PAST_AUXILIARIES.has(word) || word === 'has' || word === 'have') return 'past';
  }
  return formTense(view, i);
}

function verbBefore(view: TokenView, to: number, from: number): Tense {
  for (let k = to - 1; k >= Math.max(from, to - 3); k--) {
    if (isVerb(view.tokens[k]!.pos)) return formTense(view, k);
  }
  return 'unknown';
}

/**
 * A present form says nothing of when ("as soon as temperatures fall"): the verb before it in the
 * same clause does when it points ahead ("Investigators will board … as soon as temperatures
 * fall, possibly by Friday"). A comma or a relative pronoun ends the clause; reported speech's
 * "would" does not count ("said he would resign, speaking on Monday").
 */
function clauseFuture(view: TokenView, from: number, before: number): Tense {
  for (let k = before - 1; k >= from; k--) {
    const word = wordAt(view, k);
    if (word === ',' || word === ';' || RELATIVES.has(word)) return 'unknown';
    if (!isVerb(view.tokens[k]!.pos)) continue;
    for (let a = k - 1; a >= Math.max(from, k - 3); a--) {
      const auxiliary = wordAt(view, a);
      if (auxiliary === 'will' || auxiliary === "'ll" || auxiliary === 'shall') return 'future';
    }
    return 'unknown';
  }
  return 'unknown';
}

const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'whom']);

/**
 * The tense of the verb that governs the expression spanning tokens [first, last): the nearest
 * verb before it in the sentence, or the first after it when the expression opens the sentence.
 */
export function governingTense(view: TokenView, first: number, last: number): Tense {
  const [from, to] = sentenceOf(view, first);
  for (let k = first - 1; k >= Math.max(from, first - REACH); k--) {
    const pos = view.tokens[k]!.pos;
    if (pos === 'PUNCT' && wordAt(view, k) !== ',' && wordAt(view, k) !== '-') break;
    if (isVerb(pos) && wordAt(view, k) !== 'to') {
      const tense = verbTense(view, k, from);
      return tense === 'unknown' ? clauseFuture(view, from, k) : tense;
    }
  }
  for (let k = last; k < Math.min(to, last + REACH); k++) {
    if (isVerb(view.tokens[k]!.pos)) return verbTense(view, k, from);
  }
  return 'unknown';
}
