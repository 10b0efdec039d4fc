import type { Speaker } from '../../model/analysis.js';
import { appositiveAfter } from '../entities/descriptors.js';
import { lowerOf } from './cues.js';
import type { MentionRef } from './mention-index.js';
import type { SpeakerContext, SpeakerHit } from './speaker.js';
import type { SpeakerEvent } from './speaker-order.js';
import { namePhrase } from './speaker-phrase.js';

/**
 * The subject pronoun a possessive stands for: "his office" is resolved like "he". "Their" is
 * left alone: the group it means is seldom one that spoke ("their lawyers").
 */
const POSSESSIVE_OF: Record<string, string> = { his: 'he', her: 'she', its: 'it' };

const PLURAL_GROUPS = new Set(['police', 'people', 'staff', 'crew', 'personnel', 'public']);

/**
 * Turns a hit into the quote's speaker and records it for resolving pronouns in text order
 * (`resolveInOrder`): a pronoun speaker is filled in then, in the object returned here.
 */
export function toSpeaker(
  hit: SpeakerHit,
  ctx: SpeakerContext,
  sentenceEnd: number,
): { speaker: Speaker; ref: MentionRef | null } {
  const { tokens, text } = ctx.layer;
  let ref = hit.ref;
  let pronoun = hit.pronoun;
  if (pronoun === 'who') {
    // "Stevie Wonder, who joked": the name the relative clause hangs from.
    let t = hit.first - 1;
    if (tokens[t]?.text === ',') t--;
    ref = ctx.mentions.atToken[t] ?? null;
    pronoun = null;
  }
  let possessed: string | null = null;
  const owner = hit.phrase && !ref ? POSSESSIVE_OF[lowerOf(tokens[hit.first]!.text)] : undefined;
  if (owner && hit.last > hit.first) {
    pronoun = owner;
    possessed = text.slice(tokens[hit.first + 1]!.start, tokens[hit.last]!.end);
  }
  const entity = ref?.entity ?? null;
  let name = entity ? entity.name : null;
  let descriptor: string | null = null;
  if (!pronoun && hit.ref) descriptor = appositiveAfter(ctx.layer, hit.last, sentenceEnd);
  if (!descriptor && entity && entity.descriptors.length > 0) descriptor = entity.descriptors[0]!;
  let body = null;
  let head = hit.last;
  if (hit.phrase && !entity && !possessed) {
    // A body or group named only by a noun phrase ("police", "the port authority", "a ministry
    // spokesman"): the phrase as written is the descriptor.
    descriptor ??= hit.phrase;
    const named = namePhrase(tokens, text, hit.first, hit.last, ctx.bodies);
    body = named.body;
    head = named.head;
    name = body ? body.name : named.name;
  } else if (possessed) descriptor = hit.phrase;
  const speaker: Speaker = {
    entity: (entity ?? body)?.id ?? null,
    name: pronoun ? null : name,
    descriptor: pronoun && !possessed ? null : descriptor,
    span: hit.span,
  };
  const person = ref?.entity.type === 'person' ? ref : null;
  const paragraph = ctx.index.paragraphOf[hit.first] ?? 0;
  ctx.events.push({
    at: hit.span.start,
    paragraph,
    paragraphStart: ctx.layer.paragraphs[paragraph]?.start ?? 0,
    speaker,
    person,
    group: groupOf(hit, head, ctx, person !== null || pronoun !== null, entity?.type ?? body?.type),
    pronoun,
    possessed,
  } satisfies SpeakerEvent);
  return { speaker, ref: person };
}

/** A body speaks as "it" (or "they"); a plural phrase as "they". */
function groupOf(
  hit: SpeakerHit,
  head: number,
  ctx: SpeakerContext,
  personOrPronoun: boolean,
  type: string | undefined,
): SpeakerEvent['group'] {
  if (personOrPronoun) return null;
  if (type === 'organization') return 'one';
  if (type || !hit.phrase) return null;
  const word = ctx.layer.tokens[head]!;
  const lower = lowerOf(word.text);
  const plural = (lower.endsWith('s') && word.lemma !== lower) || lower.endsWith('men');
  if (PLURAL_GROUPS.has(lower) || plural) return 'many';
  return 'one';
}
