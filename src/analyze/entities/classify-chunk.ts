import type { EntityType, TextLayer } from '../../model/analysis.js';
import { startsLower } from '../text/char-class.js';
import { FEMALE_NAMES, MALE_NAMES } from './given-names.js';
import type { Chunk } from './name-chunks.js';
import { isPlace } from './places.js';
import type { WordUnit } from './word-units.js';
import {
  COMPOUND_NATIONALITIES,
  FEMALE_WORDS,
  HONORIFICS,
  KNOWN_ORGS,
  MALE_WORDS,
  MODIFIER_SUFFIXES,
  NATIONALITIES,
  NATIONALITY_PREFIXES,
  NON_ENTITY_HEADS,
  ORG_HEADS,
  ORG_WORDS,
  PLACE_FIRST,
  PLACE_HEADS,
  STANDALONE_ORGS,
  SURNAME_LIKE_HEADS,
  TITLES,
  TITLE_MODIFIERS,
} from './word-lists.js';

export type Gender = 'female' | 'male' | null;

/** What a leading "Marseille-based" / "Panama-flagged" / "Lisbon-born" unit tells. */
export type Hint = 'organization' | 'vessel' | 'person' | null;

/** What a chunk names, with the title glued to it split off. */
export interface NameCandidate {
  /** Type by evidence; null for a lone word with no evidence yet ("Duarte"). */
  type: EntityType | null;
  /** Unit indices of the name proper (title removed). */
  first: number;
  last: number;
  start: number;
  end: number;
  name: string;
  /** A title or role written before the name ("Secretary-General", "Labour Minister"). */
  role: string | null;
  /** "Mr", "Ms": evidence of a person, kept for the alias. */
  honorific: string | null;
  gender: Gender;
  units: number;
  /** A lone head word of a body ("Union", "Association"): a short mention of a body named in full. */
  generic: boolean;
  /** A ship ("the Panama-flagged Kestrel Bay"): not an entity of ours. */
  vessel: boolean;
  /** Evidence that a person is meant: a title, an honorific, a known given name, a "-born". */
  personEvidence: boolean;
}

const ACRONYM = /^\p{Lu}[\p{Lu}&.]{1,7}$/u;

/** Lone words that name a newspaper by themselves ("the Times", "the Post"). */
const NEWSPAPER_WORDS = new Set([
  'times',
  'post',
  'herald',
  'tribune',
  'telegraph',
  'gazette',
  'journal',
  'chronicle',
  'observer',
  'courier',
]);

/** Organisation heads that are also surnames ("Sun", "Star"): a lone one may still be a person. */
const SURNAME_LIKE_ORG_HEADS = new Set([
  'sun',
  'star',
  'globe',
  'mirror',
  'standard',
  'express',
  'sentinel',
  'monitor',
  'guard',
  'marine',
  'steel',
  'capital',
]);

function stripDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

function genderOf(words: string[]): Gender {
  for (const w of words) {
    if (FEMALE_WORDS.has(w)) return 'female';
    if (MALE_WORDS.has(w)) return 'male';
  }
  return null;
}

/** True for a common given name ("ana", "jean-pierre": the part before the dash counts too). */
export function isGivenName(lower: string): boolean {
  if (FEMALE_NAMES.has(lower) || MALE_NAMES.has(lower)) return true;
  const dash = lower.indexOf('-');
  if (dash <= 0) return false;
  const head = lower.slice(0, dash);
  return FEMALE_NAMES.has(head) || MALE_NAMES.has(head);
}

/** "Marseille-based" → organisation, "Panama-flagged" → ship, "Lisbon-born" → person. */
function modifierHint(unit: WordUnit): Hint {
  const text = unit.lower;
  const dash = text.lastIndexOf('-');
  if (dash <= 0 || dash === text.length - 1) return null;
  const suffix = text.slice(dash + 1);
  if (!MODIFIER_SUFFIXES.has(suffix)) return null;
  if (suffix === 'flagged') return 'vessel';
  if (suffix === 'born') return 'person';
  return 'organization';
}

/** True for "Min-jun", "Da-eun": a given name written after the family name, dash then lower case. */
function dashLower(text: string): boolean {
  const dash = text.indexOf('-');
  return dash > 0 && dash < text.length - 1 && startsLower(text.slice(dash + 1));
}

export function classifyChunk(
  layer: TextLayer,
  units: WordUnit[],
  chunk: Chunk,
): NameCandidate | null {
  const text = layer.text;
  const last = chunk.last;
  let hint: Hint = null;
  // A leading modifier is not part of the name: "Marseille-based Corail Shipping".
  let start = chunk.first;
  while (start <= last) {
    const h = modifierHint(units[start]!);
    if (!h) break;
    hint = h;
    start++;
  }
  if (start > last) return null;
  const make = (
    type: EntityType | null,
    first: number,
    role: string | null,
    honorific: string | null,
    gender: Gender,
  ): NameCandidate => {
    let t = type;
    if (hint === 'organization' && t !== 'place') t = 'organization';
    else if (hint === 'person' && t === null) t = 'person';
    return {
      type: t,
      first,
      last,
      start: units[first]!.start,
      end: units[last]!.end,
      name: text.slice(units[first]!.start, units[last]!.end),
      role,
      honorific,
      gender,
      units: last - first + 1,
      generic: false,
      vessel: hint === 'vessel',
      personEvidence:
        hint === 'person' ||
        role !== null ||
        honorific !== null ||
        isGivenName(units[first]!.lower) ||
        (first < last && dashLower(units[last]!.text)),
    };
  };
  const firstUnit = units[start]!;
  const lastUnit = units[last]!;
  const whole = text.slice(firstUnit.start, lastUnit.end);
  const count = last - start + 1;
  if (count === 1) {
    const w = firstUnit.lower;
    if (TITLES.has(w) || HONORIFICS.has(w)) return null;
    if (isPlace(whole)) return make('place', start, null, null, null);
    if (KNOWN_ORGS.has(w) || STANDALONE_ORGS.has(w) || NEWSPAPER_WORDS.has(w))
      return make('organization', start, null, null, null);
    // "Union", "Association", "Police": a role-like mention of a body, linked or dropped later.
    if (ORG_WORDS.has(w)) {
      const c = make('organization', start, null, null, null);
      c.generic = true;
      return c;
    }
    // "Shipping lines", "Salvage teams", "Rua", "Bay": not a name alone.
    if (
      (ORG_HEADS.has(w) && !SURNAME_LIKE_ORG_HEADS.has(w)) ||
      PLACE_FIRST.has(w) ||
      PLACE_HEADS.has(w)
    )
      return null;
  } else if (isPlace(whole)) return make('place', start, null, null, null);

  // "South Korean", "Sri Lankan": a nationality adjective of more than one word.
  if (NATIONALITIES.has(lastUnit.lower) || COMPOUND_NATIONALITIES.has(lastUnit.lower)) {
    let u = start;
    while (u < last && NATIONALITY_PREFIXES.has(units[u]!.lower)) u++;
    if (u === last) return null;
  }

  // A title glued to the name: the last title word of a leading run of role words. Words before
  // the first title qualify it ("Sea Minister", "Senate Majority Leader", "Rear Adm.") unless one
  // is a given name.
  let titleFrom = start;
  for (let u = start; u < last && u <= start + 4; u++) {
    const w = units[u]!.lower;
    if (TITLES.has(w) || HONORIFICS.has(w)) {
      titleFrom = u;
      break;
    }
    if (isGivenName(w) && !isPlace(units[u]!.text)) break;
  }
  let titleEnd = -1;
  for (let u = titleFrom; u < last; u++) {
    const w = units[u]!.lower;
    if (TITLES.has(w) || HONORIFICS.has(w)) titleEnd = u;
    else if (w === '.' && titleEnd === u - 1) continue;
    else if (!(
      TITLE_MODIFIERS.has(w) ||
      NATIONALITIES.has(w) ||
      ORG_WORDS.has(w) ||
      isPlace(units[u]!.text)
    ))
      break;
  }
  if (titleEnd >= 0) {
    let nameStart = titleEnd + 1;
    while (nameStart < last && units[nameStart]!.text === '.') nameStart++;
    let orgInName = ORG_HEADS.has(lastUnit.lower);
    for (let u = nameStart; u <= last; u++) if (ORG_WORDS.has(units[u]!.lower)) orgInName = true;
    const rest = text.slice(units[nameStart]!.start, lastUnit.end);
    if (!orgInName && !isPlace(rest) && units[nameStart]!.text !== '.') {
      const words: string[] = [];
      for (let u = start; u <= titleEnd; u++) words.push(units[u]!.lower);
      const onlyHonorific = titleEnd === start && HONORIFICS.has(units[start]!.lower);
      const role = onlyHonorific
        ? null
        : text.slice(units[start]!.start, units[nameStart - 1]!.end);
      const honorific = HONORIFICS.has(units[titleEnd]!.lower)
        ? stripDot(units[titleEnd]!.text)
        : null;
      return make('person', nameStart, role, honorific, genderOf(words));
    }
  }

  for (let u = start; u <= last; u++) {
    if (ORG_WORDS.has(units[u]!.lower)) return make('organization', start, null, null, null);
  }
  // A surname-like head after a given name is a person: "Michael Bay", "Emily Post".
  const givenFirst = count === 2 && isGivenName(firstUnit.lower);
  // "Custody Reporting Act", "Election Day": a law or a day, no entity.
  if (count > 1 && NON_ENTITY_HEADS.has(lastUnit.lower) && !givenFirst) return null;
  const surnameHead = givenFirst && SURNAME_LIKE_HEADS.has(lastUnit.lower);
  if (count > 1 && ORG_HEADS.has(lastUnit.lower) && !surnameHead)
    return make('organization', start, null, null, null);
  if (
    count > 1 &&
    ((PLACE_FIRST.has(firstUnit.lower) && !givenFirst) ||
      (PLACE_HEADS.has(lastUnit.lower) && !surnameHead))
  )
    return make('place', start, null, null, null);

  // Nationality adjectives are not entities, and not part of a person's name ("Portuguese Ana Duarte").
  let first = start;
  while (first <= last && NATIONALITIES.has(units[first]!.lower)) first++;
  if (first > last) return null;
  if (first !== start) {
    const rest = text.slice(units[first]!.start, lastUnit.end);
    if (isPlace(rest)) return make('place', first, null, null, null);
  }
  if (first === last) {
    const only = units[first]!;
    if (ACRONYM.test(only.text) && !only.text.endsWith('.'))
      return make('organization', first, null, null, null);
    return make(null, first, null, null, null);
  }
  return make('person', first, null, null, null);
}
