import type { TextLayer } from '../../model/analysis.js';
import { startsLower } from '../text/char-class.js';
import { isPlace } from './places.js';
import { lowerOf } from './word-units.js';
import {
  COMPANY_NOUNS,
  CREDIT_WORDS,
  MOTION_VERBS,
  ORG_NOUNS,
  PLACE_NOUNS,
  PLACE_NOUNS_AFTER,
  PLACE_PREPOSITIONS,
  VESSEL_NOUNS,
} from './word-lists.js';

/** What the words around a name say it names, when the name itself does not tell. */
export type Cue = 'organization' | 'place' | 'vessel' | null;

type Tokens = TextLayer['tokens'];

/** Verbs after a name that show a person (or a body) acting, not a place. */
const ACTOR_VERBS = new Set(['say', 'tell', 'add', 'warn', 'argue', 'claim', 'insist', 'deny']);

function isNoun(pos: string): boolean {
  return pos === 'NOUN' || pos === 'PROPN';
}

/**
 * Evidence right next to the name: "the container ship Kestrel Bay" (a ship), "the Ribeira
 * district", "the Príncipe Felipe terminal" (a place). `first` and `last` are token indices.
 */
export function strongCue(layer: TextLayer, first: number, last: number): Cue {
  const { tokens } = layer;
  const prev = tokens[first - 1];
  if (prev && isNoun(prev.pos) && startsLower(prev.text) && VESSEL_NOUNS.has(prev.text))
    return 'vessel';
  const next = tokens[last + 1];
  if (next && startsLower(next.text) && PLACE_NOUNS_AFTER.has(next.text)) return 'place';
  return null;
}

/**
 * Weaker evidence around a name with no person evidence: a company noun before it ("the salvage
 * firm X", "a Singapore-based firm, X,"), an appositive ("X, a Geneva-based body"), or a place
 * preposition ("in X", "near X", "diverted to X").
 */
export function contextCue(
  layer: TextLayer,
  first: number,
  last: number,
  sentenceEnd: number,
): Cue {
  const { tokens } = layer;
  const prev = tokens[first - 1];
  if (!prev) return appositiveCue(tokens, last, sentenceEnd);
  if (isNoun(prev.pos) && startsLower(prev.text) && COMPANY_NOUNS.has(prev.text))
    return 'organization';
  if (prev.text === ',') {
    // The tagger may read "firm" as an adverb: the word list decides.
    const noun = tokens[first - 2];
    if (noun && startsLower(noun.text)) {
      const lower = noun.text;
      if (ORG_NOUNS.has(lower)) return 'organization';
      if (VESSEL_NOUNS.has(lower)) return 'vessel';
    }
  }
  const next = tokens[last + 1];
  // "Hogan & Hartson": a firm.
  if (next?.text === '&') return 'organization';
  const cue = appositiveCue(tokens, last, sentenceEnd);
  if (cue) return cue;
  if (placePreposition(tokens, first) && !actsAfter(tokens, last)) return 'place';
  if (locatedAfter(tokens, last) || coordinatedWithPlace(tokens, first, last)) return 'place';
  return null;
}

/** Prepositions that locate a place against another: "X, across the strait from Y,". */
const LOCATING = new Set(['across', 'near', 'off', 'opposite', 'beyond', 'outside', 'beside']);

/** "X, where labour is cheap", "X, across the strait,": words only a place takes after it. */
function locatedAfter(tokens: Tokens, last: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  const next = tokens[last + 2];
  if (!next) return false;
  const lower = lowerOf(next.text);
  return lower === 'where' || (next.pos === 'ADP' && LOCATING.has(lower));
}

/** "Piraeus and X", "X or Rotterdam": a name joined to a known place names a place too. */
function coordinatedWithPlace(tokens: Tokens, first: number, last: number): boolean {
  const isJoin = (t: Tokens[number] | undefined): boolean =>
    t !== undefined && (t.text === 'and' || t.text === 'or');
  if (isJoin(tokens[last + 1]) && placeAt(tokens, last + 2, 1)) return true;
  return isJoin(tokens[first - 1]) && placeAt(tokens, first - 2, -1);
}

/** A known place of one to three words starting (step 1) or ending (step -1) at token `at`. */
function placeAt(tokens: Tokens, at: number, step: 1 | -1): boolean {
  let words = '';
  for (let k = at, n = 0; n < 3 && tokens[k] && !startsLower(tokens[k]!.text); k += step, n++) {
    words = step === 1 ? `${words} ${tokens[k]!.text}` : `${tokens[k]!.text} ${words}`;
    if (isPlace(words.trim())) return true;
  }
  return false;
}

function placePreposition(tokens: Tokens, first: number): boolean {
  const prev = tokens[first - 1]!;
  if (PLACE_PREPOSITIONS.has(prev.text)) return true;
  if (prev.text !== 'to') return false;
  // "diverting cargo to Sines", "travelled on to Coimbra", "diverted to Vigo and to Sines".
  for (let k = first - 2; k >= 0 && k >= first - 8; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return MOTION_VERBS.has(t.lemma);
    if (t.pos === 'PUNCT' && t.text !== ',') return false;
  }
  return false;
}

/**
 * "X said", "X's chief executive", "Sept. 19", "X, 54,": the name acts, owns or counts, so it is
 * no place.
 */
export function actsAfter(tokens: Tokens, last: number): boolean {
  const name = tokens[last]!.text;
  if (name.endsWith("'s") || name.endsWith('’s')) return true;
  const next = tokens[last + 1];
  if (!next) return false;
  if (next.pos === 'PART' || next.pos === 'NUM' || next.text === "'s" || next.text === '’s')
    return true;
  if (next.text === ',' && tokens[last + 2]?.pos === 'NUM') return true;
  return next.pos === 'VERB' && ACTOR_VERBS.has(next.lemma);
}

/** "Patriot filed", "Patriot's lenders": a lone word used as a subject or owner is no place. */
export function actsOrOwns(layer: TextLayer, last: number): boolean {
  const { tokens } = layer;
  if (actsAfter(tokens, last)) return true;
  const next = tokens[last + 1];
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** The head noun of an appositive starting with a determiner: "X, a Geneva-based industry body,". */
function appositiveCue(tokens: Tokens, last: number, sentenceEnd: number): Cue {
  let i = last + 1;
  if (tokens[i]?.text !== ',') return null;
  i++;
  const det = tokens[i];
  if (!det || det.pos !== 'DET' || det.start >= sentenceEnd) return null;
  let head: string | null = null;
  for (let k = i + 1; k < tokens.length && k < i + 9; k++) {
    const t = tokens[k]!;
    if (t.start >= sentenceEnd) break;
    if (t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PROPN') continue;
    // "the union's chief negotiator": the head comes after the possessive.
    if (t.pos === 'PART' || t.text === "'s" || t.text === '’s') {
      head = null;
      continue;
    }
    // "Geneva-based", "Dutch-owned": a hyphenated modifier.
    if (t.text === '-' && t.start === tokens[k - 1]!.end) {
      k++;
      continue;
    }
    if (t.pos === 'NOUN') {
      head = lowerOf(t.text);
      continue;
    }
    // The phrase must close like an appositive ("X, a firm, said", "X, a firm based in ..."),
    // not go on as a clause ("Worse, the companies have ...").
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.text.endsWith('ed') && !t.text.endsWith('ing')))
      return null;
    break;
  }
  if (!head) return null;
  if (VESSEL_NOUNS.has(head)) return 'vessel';
  if (ORG_NOUNS.has(head)) return 'organization';
  if (PLACE_NOUNS.has(head)) return 'place';
  return null;
}

/** A reporter's credit: "Additional reporting by X", "X contributed to this report", "X reported from Y". */
export function isCredit(layer: TextLayer, first: number, last: number): boolean {
  const { tokens } = layer;
  const p1 = tokens[first - 1];
  const p2 = tokens[first - 2];
  if (p1 && p2 && (p1.text === 'by' || p1.text === 'from') && CREDIT_WORDS.has(lowerOf(p2.text)))
    return true;
  const n1 = tokens[last + 1];
  if (!n1) return false;
  if (n1.lemma === 'contribute') return true;
  const n2 = tokens[last + 2];
  return (
    (n1.text === 'reported' || n1.text === 'reports') &&
    n2 !== undefined &&
    (n2.text === 'from' || n2.text === 'in')
  );
}
