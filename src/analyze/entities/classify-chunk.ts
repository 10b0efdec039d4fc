import type { EntityType, TextLayer } from '../../model/analysis.js';
import type { Chunk } from './name-chunks.js';
import { isPlace } from './places.js';
import type { WordUnit } from './word-units.js';
import {
  FEMALE_WORDS,
  HONORIFICS,
  KNOWN_ORGS,
  MALE_WORDS,
  NATIONALITIES,
  ORG_WORDS,
  TITLES,
  TITLE_MODIFIERS,
} from './word-lists.js';

export type Gender = 'female' | 'male' | null;

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
}

const ACRONYM = /^\p{Lu}[\p{Lu}&.]{1,7}$/u;

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

export function classifyChunk(
  layer: TextLayer,
  units: WordUnit[],
  chunk: Chunk,
): NameCandidate | null {
  const text = layer.text;
  const make = (
    type: EntityType | null,
    first: number,
    role: string | null,
    honorific: string | null,
    gender: Gender,
  ): NameCandidate => ({
    type,
    first,
    last: chunk.last,
    start: units[first]!.start,
    end: units[chunk.last]!.end,
    name: text.slice(units[first]!.start, units[chunk.last]!.end),
    role,
    honorific,
    gender,
    units: chunk.last - first + 1,
  });
  const whole = text.slice(units[chunk.first]!.start, units[chunk.last]!.end);
  const count = chunk.last - chunk.first + 1;
  if (
    count === 1 &&
    (TITLES.has(units[chunk.first]!.lower) || HONORIFICS.has(units[chunk.first]!.lower))
  )
    return null;
  if (isPlace(whole)) return make('place', chunk.first, null, null, null);
  if (count === 1 && KNOWN_ORGS.has(units[chunk.first]!.lower))
    return make('organization', chunk.first, null, null, null);

  // A title glued to the name: the last title word of a leading run of role words.
  let titleEnd = -1;
  for (let u = chunk.first; u < chunk.last; u++) {
    const w = units[u]!.lower;
    if (TITLES.has(w) || HONORIFICS.has(w)) titleEnd = u;
    else if (!(
      TITLE_MODIFIERS.has(w) ||
      NATIONALITIES.has(w) ||
      ORG_WORDS.has(w) ||
      isPlace(units[u]!.text)
    ))
      break;
  }
  if (titleEnd >= 0) {
    let orgInName = false;
    for (let u = titleEnd + 1; u <= chunk.last; u++)
      if (ORG_WORDS.has(units[u]!.lower)) orgInName = true;
    const rest = text.slice(units[titleEnd + 1]!.start, units[chunk.last]!.end);
    if (!orgInName && !isPlace(rest)) {
      const words: string[] = [];
      for (let u = chunk.first; u <= titleEnd; u++) words.push(units[u]!.lower);
      const onlyHonorific = titleEnd === chunk.first && HONORIFICS.has(units[chunk.first]!.lower);
      const role = onlyHonorific
        ? null
        : text.slice(units[chunk.first]!.start, units[titleEnd]!.end);
      const honorific = HONORIFICS.has(units[titleEnd]!.lower)
        ? stripDot(units[titleEnd]!.text)
        : null;
      return make('person', titleEnd + 1, role, honorific, genderOf(words));
    }
  }

  for (let u = chunk.first; u <= chunk.last; u++) {
    if (ORG_WORDS.has(units[u]!.lower)) return make('organization', chunk.first, null, null, null);
  }
  // Nationality adjectives are not entities, and not part of a person's name ("Portuguese Ana Duarte").
  let first = chunk.first;
  while (first <= chunk.last && NATIONALITIES.has(units[first]!.lower)) first++;
  if (first > chunk.last) return null;
  if (first !== chunk.first) {
    const rest = text.slice(units[first]!.start, units[chunk.last]!.end);
    if (isPlace(rest)) return make('place', first, null, null, null);
  }
  if (first === chunk.last) {
    const only = units[first]!;
    if (ACRONYM.test(only.text) && !only.text.endsWith('.'))
      return make('organization', first, null, null, null);
    return make(null, first, null, null, null);
  }
  return make('person', first, null, null, null);
}
