import type { Speaker, TextLayer } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';
import { appositiveAfter } from '../entities/descriptors.js';
import type { MentionIndex, MentionRef } from './mention-index.js';
import { isAbbreviationDot, lowerOf } from './cues.js';
import { isSubjectPronoun, resolvePronoun } from './pronouns.js';
import type { TokenIndex } from './token-index.js';

/** What the speaker search reads. */
export interface SpeakerContext {
  layer: TextLayer;
  index: TokenIndex;
  mentions: MentionIndex;
  /** Content spans of quotes, sorted: names inside them are not speakers of other quotes. */
  quoted: Span[];
  /** Tokens inside quote marks. */
  inQuote: Uint8Array;
  lastSpeaker: MentionRef | null;
}

/** A speaker found at a cue: an entity mention, a pronoun, or a noun phrase ("officials"). */
export interface SpeakerHit {
  span: Span;
  ref: MentionRef | null;
  pronoun: string | null;
  phrase: string | null;
  /** Token range of the hit. */
  first: number;
  last: number;
}

const SKIP_BACK = new Set([
  'also',
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'been',
  'later',
  'then',
  'once',
  'previously',
  'repeatedly',
  'publicly',
  'privately',
  'recently',
  'again',
  'not',
  "n't",
  'did',
  'does',
  'do',
  'would',
  'will',
  'could',
  'may',
  'might',
  'reportedly',
  'quoted',
  'as',
  'further',
  'simply',
  'only',
  'just',
  'flatly',
  'firmly',
  'quickly',
  'often',
  'always',
  'never',
  'still',
  'even',
]);
const NP_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
const NP_JOINERS = new Set(['of', 'for', 'at', 'from', 'with', "'s", '’s']);
const STOPS = new Set([
  '.',
  '!',
  '?',
  ';',
  '"',
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '„',
  "'",
  '(',
  ')',
  ':',
]);

export function hitOfMention(ref: MentionRef, ctx: SpeakerContext): SpeakerHit {
  const first = ctx.index.at(ref.span.start);
  const last = ctx.index.before(ref.span.end);
  return { span: ref.span, ref, pronoun: null, phrase: null, first, last };
}

/** Walks back from the token before a cue to its subject: "Duarte (also) said", "Duarte, a nurse, said". */
export function speakerBefore(cue: number, floor: number, ctx: SpeakerContext): SpeakerHit | null {
  const { tokens } = ctx.layer;
  let t = cue - 1;
  const limit = Math.max(floor, cue - 14);
  while (t >= limit) {
    const token = tokens[t]!;
    const lower = lowerOf(token.text);
    if (ctx.inQuote[t]) return null;
    const ref = ctx.mentions.atToken[t];
    if (ref) return hitOfMention(ref, ctx);
    if (isSubjectPronoun(lower) && token.pos === 'PRON') {
      return {
        span: { start: token.start, end: token.end },
        ref: null,
        pronoun: lower,
        phrase: null,
        first: t,
        last: t,
      };
    }
    if (lower === 'and' && t - 1 >= limit && tokens[t - 1]!.pos === 'VERB' && t === cue - 1) {
      // "Duarte laughed and said": the subject of the first verb.
      t -= 2;
      continue;
    }
    if (lower === ')') {
      // "Paul Ryan (R-WI) said": skip the parenthesis.
      let k = t - 1;
      while (k >= limit && tokens[k]!.text !== '(') k--;
      if (k < limit) return null;
      t = k - 1;
      continue;
    }
    if (
      SKIP_BACK.has(lower) ||
      token.pos === 'ADV' ||
      token.pos === 'AUX' ||
      token.pos === 'PART'
    ) {
      t--;
      continue;
    }
    if (lower === ',') {
      // "The assailant, John McGraw, said": the name closes the appositive.
      const named = t > floor ? ctx.mentions.atToken[t - 1] : undefined;
      if (named && named.entity.type === 'person' && !ctx.inQuote[t - 1])
        return hitOfMention(named, ctx);
      // An appositive between commas: "Ana Duarte, a union spokeswoman, said".
      for (let k = t - 1; k >= Math.max(floor, t - 25); k--) {
        const w = tokens[k]!.text;
        // A possessive apostrophe ("Sanders’ campaign manager") is not a quote mark.
        if (
          STOPS.has(w) &&
          !((w === '’' || w === "'") && !ctx.inQuote[k]) &&
          !(w === '.' && isAbbreviationDot(tokens, k))
        )
          break;
        if (w === ',') {
          const named = ctx.mentions.atToken[k - 1];
          if (named) return hitOfMention(named, ctx);
          break;
        }
      }
      return null;
    }
    if (NP_TAGS.has(token.pos) || NP_JOINERS.has(lower)) return phraseBack(t, floor, ctx);
    return null;
  }
  return null;
}

/** A noun phrase ending at `last` ("a spokesman for the agency", "officials"). */
function phraseBack(last: number, floor: number, ctx: SpeakerContext): SpeakerHit | null {
  const { tokens, text } = ctx.layer;
  if (tokens[last]!.pos !== 'NOUN' && tokens[last]!.pos !== 'PROPN') return null;
  let first = last;
  let person: MentionRef | null = null;
  while (first - 1 >= floor && last - first < 8) {
    const prev = tokens[first - 1]!;
    if (ctx.inQuote[first - 1]) break;
    if (!(NP_TAGS.has(prev.pos) || NP_JOINERS.has(lowerOf(prev.text)))) break;
    first--;
  }
  while (first < last && NP_JOINERS.has(lowerOf(tokens[first]!.text))) first++;
  for (let k = first; k <= last; k++) {
    const ref = ctx.mentions.atToken[k];
    if (ref && ref.entity.type === 'person') person = ref;
  }
  if (person) return hitOfMention(person, ctx);
  const span = { start: tokens[first]!.start, end: tokens[last]!.end };
  let org: MentionRef | null = null;
  for (let k = first; k <= last; k++) {
    const ref = ctx.mentions.atToken[k];
    if (ref) org = ref;
  }
  return { span, ref: org, pronoun: null, phrase: text.slice(span.start, span.end), first, last };
}

/** The speaker right after a cue: "said Ana Duarte", "said the minister", "added a spokesman". */
export function speakerAfter(cue: number, ceiling: number, ctx: SpeakerContext): SpeakerHit | null {
  const { tokens, text } = ctx.layer;
  const t = cue + 1;
  if (t > ceiling) return null;
  const token = tokens[t]!;
  if (ctx.inQuote[t]) return null;
  const ref = ctx.mentions.atToken[t];
  if (ref) return hitOfMention(ref, ctx);
  const lower = lowerOf(token.text);
  if (isSubjectPronoun(lower) && token.pos === 'PRON')
    return {
      span: { start: token.start, end: token.end },
      ref: null,
      pronoun: lower,
      phrase: null,
      first: t,
      last: t,
    };
  if (!NP_TAGS.has(token.pos)) return null;
  let last = t;
  let person: MentionRef | null = null;
  let org: MentionRef | null = null;
  while (last + 1 <= ceiling && last - t < 8) {
    const next = tokens[last + 1]!;
    if (!(NP_TAGS.has(next.pos) || NP_JOINERS.has(lowerOf(next.text)))) break;
    last++;
  }
  while (
    last > t &&
    (tokens[last]!.pos === 'ADP' ||
      tokens[last]!.pos === 'DET' ||
      NP_JOINERS.has(tokens[last]!.text))
  )
    last--;
  if (tokens[last]!.pos !== 'NOUN' && tokens[last]!.pos !== 'PROPN') return null;
  for (let k = t; k <= last; k++) {
    const r = ctx.mentions.atToken[k];
    if (r?.entity.type === 'person') person ??= r;
    else if (r) org ??= r;
  }
  if (person) return hitOfMention(person, ctx);
  const span = { start: tokens[t]!.start, end: tokens[last]!.end };
  return {
    span,
    ref: org,
    pronoun: null,
    phrase: text.slice(span.start, span.end),
    first: t,
    last,
  };
}

/** The subject of the sentence a participle hangs from: "Duarte rejected the plan, saying ...". */
export function sentenceSubject(
  first: number,
  cue: number,
  ctx: SpeakerContext,
): SpeakerHit | null {
  const { tokens } = ctx.layer;
  // Quoted words do not count: `"...," Duarte said, adding: "..."`.
  for (let t = first, n = 0; t < cue && n < 12; t++) {
    if (ctx.inQuote[t]) continue;
    n++;
    const ref = ctx.mentions.atToken[t];
    if (ref) return hitOfMention(ref, ctx);
    const token = tokens[t]!;
    const lower = lowerOf(token.text);
    if (token.pos === 'PRON' && lower !== 'it' && lower !== 'who' && isSubjectPronoun(lower))
      return {
        span: { start: token.start, end: token.end },
        ref: null,
        pronoun: lower,
        phrase: null,
        first: t,
        last: t,
      };
    if (token.pos === 'VERB') break;
  }
  return null;
}

/** Turns a hit into the quote's speaker, resolving pronouns and picking the descriptor. */
export function toSpeaker(
  hit: SpeakerHit,
  ctx: SpeakerContext,
  sentenceEnd: number,
): { speaker: Speaker; ref: MentionRef | null } {
  let ref = hit.ref;
  if (hit.pronoun === 'who') {
    // "Stevie Wonder, who joked": the name the relative clause hangs from.
    let t = hit.first - 1;
    if (ctx.layer.tokens[t]?.text === ',') t--;
    ref = ctx.mentions.atToken[t] ?? null;
  } else if (hit.pronoun)
    ref = resolvePronoun(hit.pronoun, hit.span.start, ctx.mentions, ctx.quoted, ctx.lastSpeaker);
  const entity = ref?.entity ?? null;
  const name = hit.pronoun ? (entity?.name ?? null) : entity ? entity.name : null;
  let descriptor: string | null = null;
  if (!hit.pronoun && hit.ref) descriptor = appositiveAfter(ctx.layer, hit.last, sentenceEnd);
  if (!descriptor && entity && entity.descriptors.length > 0) descriptor = entity.descriptors[0]!;
  if (!descriptor && hit.phrase && !entity) descriptor = hit.phrase;
  return {
    speaker: { entity: entity?.id ?? null, name, descriptor, span: hit.span },
    ref: ref?.entity.type === 'person' ? ref : null,
  };
}
