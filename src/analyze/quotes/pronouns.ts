import type { Span } from '../../model/article.js';
import type { MentionIndex, MentionRef } from './mention-index.js';

const SUBJECT_PRONOUNS: Record<string, 'female' | 'male' | 'plural' | 'first' | 'other'> = {
  he: 'male',
  she: 'female',
  they: 'plural',
  we: 'plural',
  i: 'first',
  // "..., it added" (a statement, a newspaper); "Stevie Wonder, who joked, ...".
  it: 'other',
  who: 'other',
};

/** True for a pronoun that can be a speaker; `word` is lower case. */
export function isSubjectPronoun(word: string): boolean {
  return word.length <= 4 && Object.hasOwn(SUBJECT_PRONOUNS, word);
}

/**
 * The person a "he"/"she" refers to: the nearest person mentioned before it whose known gender
 * does not contradict the pronoun. The last speaker wins when it is that person, or when it is
 * known to fit and the nearest is not; a person known to fit a few people back beats a nearer one
 * of unknown gender.
 */
export function resolvePronoun(
  word: string,
  at: number,
  mentions: MentionIndex,
  excluded: Span[],
  lastSpeaker: MentionRef | null,
): MentionRef | null {
  const kind = SUBJECT_PRONOUNS[word.toLowerCase()];
  if (kind !== 'male' && kind !== 'female') return null;
  const people = mentions.people;
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid]!.span.start < at) lo = mid + 1;
    else hi = mid;
  }
  let nearest: MentionRef | null = null;
  let known: MentionRef | null = null;
  let distinct = 0;
  let previous: MentionRef['entity'] | null = null;
  for (let k = lo - 1, seen = 0; k >= 0 && seen < 40; k--, seen++) {
    const ref = people[k]!;
    if (ref.gender && ref.gender !== kind) continue;
    // Names inside a quote are rarely what a pronoun outside it points to.
    if (insideAny(ref.span.start, excluded)) continue;
    if (ref.entity !== previous) {
      distinct++;
      previous = ref.entity;
    }
    if (distinct > 3) break;
    nearest ??= ref;
    if (ref.gender === kind) {
      known = ref;
      break;
    }
  }
  if (!nearest) return lastSpeaker?.gender === kind ? lastSpeaker : null;
  if (lastSpeaker && lastSpeaker.entity === nearest.entity) return nearest;
  if (nearest.gender === kind) return nearest;
  if (lastSpeaker && lastSpeaker.gender === kind) return lastSpeaker;
  return known ?? nearest;
}

function insideAny(offset: number, spans: Span[]): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s !== undefined && s.start <= offset && offset < s.end;
}
