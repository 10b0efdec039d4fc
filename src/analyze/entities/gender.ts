import type { Entity } from '../../model/analysis.js';
import type { Gender } from './classify-chunk.js';
import { FEMALE_WORDS, MALE_WORDS } from './word-lists.js';

/** Gender evidence of a person from its aliases ("Ms Duarte") and descriptors ("union spokeswoman"). */
export function genderOfEntity(entity: Entity): Gender {
  for (const phrase of [...entity.aliases, ...entity.descriptors]) {
    for (const word of phrase.toLowerCase().split(' ')) {
      if (FEMALE_WORDS.has(word)) return 'female';
      if (MALE_WORDS.has(word)) return 'male';
    }
  }
  return null;
}
