import type { Entity } from '../../model/analysis.js';
import type { Gender } from './classify-chunk.js';
import { FEMALE_NAMES, MALE_NAMES } from './given-names.js';
import { lowerOf } from './word-units.js';
import { FEMALE_WORDS, HONORIFICS, MALE_WORDS } from './word-lists.js';

/**
 * Gender evidence of a person: its aliases ("Ms Duarte") and descriptors ("union spokeswoman")
 * first, then the given name of a full name ("Ana Duarte"). A lone word is a surname, not a given
 * name, so it gives no evidence.
 */
export function genderOfEntity(entity: Entity): Gender {
  for (const phrase of entity.aliases) {
    const found = genderOfPhrase(phrase);
    if (found) return found;
  }
  for (const phrase of entity.descriptors) {
    const found = genderOfPhrase(phrase);
    if (found) return found;
  }
  return genderOfName(entity.name);
}

function genderOfPhrase(phrase: string): Gender {
  let from = 0;
  while (from < phrase.length) {
    let to = phrase.indexOf(' ', from);
    if (to < 0) to = phrase.length;
    // Gender words are 2 to 14 letters: "ms", "congresswoman".
    if (to - from >= 2 && to - from <= 14) {
      const word = lowerOf(phrase.slice(from, to));
      if (FEMALE_WORDS.has(word)) return 'female';
      if (MALE_WORDS.has(word)) return 'male';
    }
    from = to + 1;
  }
  return null;
}

/** The gender of a full name's given name: "Ana Duarte", "Mr. Tunde Okafor", "Jean-Luc Moreau". */
export function genderOfName(name: string): Gender {
  let from = 0;
  let space = name.indexOf(' ');
  // Skip honorifics: "Mr. Tunde Okafor".
  while (space > 0 && HONORIFICS.has(lowerOf(name.slice(from, space)))) {
    from = space + 1;
    space = name.indexOf(' ', from);
  }
  // A lone word is a surname.
  if (space < 0) return null;
  const given = lowerOf(name.slice(from, space));
  if (FEMALE_NAMES.has(given)) return 'female';
  if (MALE_NAMES.has(given)) return 'male';
  // "Jean-Luc", "Mary-Kate": the first part decides when the whole is not listed.
  const dash = given.indexOf('-');
  if (dash > 0) {
    const head = given.slice(0, dash);
    if (FEMALE_NAMES.has(head)) return 'female';
    if (MALE_NAMES.has(head)) return 'male';
  }
  return null;
}
