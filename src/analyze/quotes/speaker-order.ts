import type { Speaker } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';
import type { MentionIndex, MentionRef } from './mention-index.js';
import { resolvePronoun } from './pronouns.js';

/**
 * One attribution's speaker at the place it is named. Pronouns are resolved only once every
 * attribution of the article is known, in text order, so that the last speaker before a "she"
 * is the last one in the text, whether it was found by the direct or the indirect quote pass.
 */
export interface SpeakerEvent {
  /** Offset of the speaker's mention, or of the pronoun standing for it. */
  at: number;
  paragraph: number;
  /** Offset where that paragraph starts. */
  paragraphStart: number;
  /** Filled in place when a pronoun resolves; quotes share this object. */
  speaker: Speaker;
  /** The person speaking, when known. */
  person: MentionRef | null;
  /** A body or a group of people ("the union", "port agents"): what "it" or "they" can mean. */
  group: 'one' | 'many' | null;
  /** "he", "she", "they", "it": still to resolve. */
  pronoun: string | null;
  /** "his office", "their lawyers": the speaker belongs to the pronoun's referent. */
  possessed: string | null;
}

/** How many paragraphs back "it" and "they" may reach for a body or group speaker. */
const GROUP_REACH = 1;

/** Resolves the pronoun speakers of `events` in text order, filling their speaker objects. */
export function resolveInOrder(
  events: SpeakerEvent[],
  mentions: MentionIndex,
  quoted: Span[],
): void {
  events.sort((a, b) => a.at - b.at);
  let person: MentionRef | null = null;
  let group: SpeakerEvent | null = null;
  for (const event of events) {
    const pronoun = event.pronoun;
    if (pronoun === 'he' || pronoun === 'she') {
      const ref = resolvePronoun(pronoun, event.at, mentions, quoted, person);
      if (ref) fillPerson(event, ref);
    } else if (pronoun === 'they' || pronoun === 'it') {
      const near = group !== null && event.paragraph - group.paragraph <= GROUP_REACH;
      const fits =
        near &&
        (pronoun === 'it'
          ? group!.group === 'one'
          : group!.group === 'many' || group!.speaker.entity !== null);
      if (fits) fillGroup(event, group!);
      else if (pronoun === 'it' && event.possessed) {
        // "Sines is near capacity. Its operator said ...": the body or place named last.
        const owner = lastBefore(mentions.others, event.at);
        if (owner && owner.span.start >= event.paragraphStart)
          event.speaker.name = `${possessive(owner.entity.name)} ${event.possessed}`;
      }
    }
    // An owner not found: the phrase without it ("his office" → "office").
    if (event.possessed && event.speaker.name === null) event.speaker.name = event.possessed;
    if (event.person) person = event.person;
    if (event.group) group = event;
  }
}

/** "Sarmento's", "Sines'". */
function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

function lastBefore(refs: MentionRef[], at: number): MentionRef | null {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid]!.span.start < at) lo = mid + 1;
    else hi = mid;
  }
  return refs[lo - 1] ?? null;
}

function fillPerson(event: SpeakerEvent, ref: MentionRef): void {
  const speaker = event.speaker;
  const entity = ref.entity;
  if (event.possessed) {
    // "his office": the office, known by its holder's role when the holder has a short one.
    speaker.name = `${possessive(ownerName(entity.name, entity.descriptors[0]))} ${event.possessed}`;
    return;
  }
  speaker.entity = entity.id;
  speaker.name = entity.name;
  speaker.descriptor = entity.descriptors[0] ?? null;
  event.person = ref;
}

function fillGroup(event: SpeakerEvent, from: SpeakerEvent): void {
  const speaker = event.speaker;
  speaker.entity = from.speaker.entity;
  speaker.name = from.speaker.name;
  // "its spokesman": the body speaks through someone the phrase describes.
  speaker.descriptor = event.possessed ? speaker.descriptor : from.speaker.descriptor;
  event.group = from.group;
}

/**
 * "prime minister" for a holder described by a title ("Prime Minister", "Portugal's prime
 * minister"): offices go by their holder's title. Else the holder's name.
 */
function ownerName(name: string, role: string | undefined): string {
  if (!role) return name;
  const owner = Math.max(role.lastIndexOf("'s "), role.lastIndexOf('’s '));
  const title = owner >= 0 ? role.slice(owner + 3) : role;
  if (title.length > 30 || /[,"“]|^(?:an?|the) /i.test(title) || title.split(' ').length > 3)
    return name;
  return title.toLowerCase();
}
