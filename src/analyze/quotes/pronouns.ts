import type { Span } from '../../model/article.js';
import type { MentionIndex, MentionRef } from './mention-index.js';

const SUBJECT_PRONOUNS: Record<string, 'female' | 'male' | 'plural' | 'first'> = {
  he: 'male',
  she: 'female',
  they: 'plural',
  we: 'plural',
  i: 'first',
};

export function isSubjectPronoun(word: string): boolean {
  return Object.hasOwn(SUBJECT_PRONOUNS, word.toLowerCase());
}

/**
 * The person a "he"/"she" refers to: the most recent person mentioned before it whose known
 * gender does not contradict the pronoun, preferring the last speaker when it is compatible
 * and no other person was named since.
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
  let candidate: MentionRef | null = null;
  for (let k = lo - 1, seen = 0; k >= 0 && seen < 40; k--, seen++) {
    if (candidate && people[k]!.entity === candidate.entity) continue;
    const ref = people[k]!;
    if (ref.gender && ref.gender !== kind) continue;
    // Names inside a quote are rarely what a pronoun outside it points to.
    if (insideAny(ref.span.start, excluded)) continue;
    if (!candidate) candidate = ref;
    // A person of unknown gender is a weaker match than one known to fit, a few mentions back.
    if (ref.gender === kind || seen > 12) {
      if (ref.gender === kind) candidate = ref;
      break;
    }
  }
  if (
    lastSpeaker &&
    candidate &&
    lastSpeaker.entity !== candidate.entity &&
    lastSpeaker.gender === kind &&
    candidate.gender !== kind
  ) {
    return lastSpeaker;
  }
  return candidate;
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
