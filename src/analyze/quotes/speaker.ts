import type { Entity, TextLayer, Token } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';
import type { MentionIndex, MentionRef } from './mention-index.js';
import { isAbbreviationDot, lowerOf } from './cues.js';
import { isSubjectPronoun } from './pronouns.js';
import type { SpeakerEvent } from './speaker-order.js';
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
  /** Every speaker found so far, for resolving pronouns in text order at the end. */
  events: SpeakerEvent[];
  /** The article's bodies by the head word of their name ("union", "ministry"), when unique. */
  bodies: Map<string, Entity | null>;
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
  /** Reached through a relative pronoun ("X, which says ..."): the clause ends at its comma. */
  relative?: boolean;
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
const ORG_JOINERS = new Set(['of', 'at', 'from', 'for', 'with']);
const RELATIVES = new Set(['which', 'that', 'who', 'whom', 'whose', 'what']);
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

/** A speaker named only by a pronoun at token `t` ("she said"), resolved later. */
function pronounHit(token: Token, t: number, pronoun: string, relative = false): SpeakerHit {
  const hit: SpeakerHit = {
    span: { start: token.start, end: token.end },
    ref: null,
    pronoun,
    phrase: null,
    first: t,
    last: t,
  };
  if (relative) hit.relative = true;
  return hit;
}

/** A speaker named by a noun phrase over tokens [first, last] ("the port authority"), with the body it names if any. */
function phraseHit(
  ctx: SpeakerContext,
  first: number,
  last: number,
  ref: MentionRef | null,
): SpeakerHit {
  const { tokens, text } = ctx.layer;
  const span = { start: tokens[first]!.start, end: tokens[last]!.end };
  return { span, ref, pronoun: null, phrase: text.slice(span.start, span.end), first, last };
}

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
    if (ref) {
      // "Pieter van Dijk of Atlantica Terminals said": the person, not the body.
      if (ref.entity.type !== 'person') {
        let k = ctx.index.at(ref.span.start) - 1;
        if (k > floor && lowerOf(tokens[k]!.text) === 'the') k--;
        const joiner = k > floor ? lowerOf(tokens[k]!.text) : '';
        const person = joiner && ORG_JOINERS.has(joiner) ? ctx.mentions.atToken[k - 1] : undefined;
        if (person && person.entity.type === 'person' && !ctx.inQuote[k - 1])
          return hitOfMention(person, ctx);
        // "Environmental groups in Busan have asked": the groups, not the place.
        if (ref.entity.type === 'place' && k - 1 >= floor && tokens[k]!.pos === 'ADP') {
          const group = phraseBack(k - 1, floor, ctx);
          if (group && !group.ref)
            return phraseHit(ctx, group.first, ctx.index.before(ref.span.end), null);
        }
      }
      return hitOfMention(ref, ctx);
    }
    if (
      lower === 'who' &&
      t - 1 > floor &&
      tokens[t - 1]!.text === ',' &&
      !ctx.mentions.atToken[t - 2]
    ) {
      // "Exporters, who had warned ...": the phrase the clause hangs from.
      const hit = phraseBack(t - 2, floor, ctx);
      if (hit) {
        hit.relative = true;
        return hit;
      }
    }
    if (lower === 'which' && t - 1 > floor && tokens[t - 1]!.text === ',') {
      // "The federation, which says ...": the body the clause hangs from.
      const named = ctx.mentions.atToken[t - 2];
      const hit =
        named && named.entity.type !== 'place' && !ctx.inQuote[t - 2]
          ? hitOfMention(named, ctx)
          : phraseBack(t - 2, floor, ctx);
      if (hit) hit.relative = true;
      return hit;
    }
    if (isSubjectPronoun(lower) && token.pos === 'PRON') {
      return pronounHit(token, t, lower, lower === 'who' && tokens[t - 1]?.text === ',');
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
      // "is continuing to insist", "refused to say": the verb that governs the cue.
      (token.pos === 'VERB' && tokens[t + 1]?.text === 'to' && t + 2 <= cue) ||
      token.pos === 'ADV' ||
      token.pos === 'AUX' ||
      token.pos === 'PART'
    ) {
      t--;
      continue;
    }
    if (lower === ',') {
      // Appositives and relative clauses between commas: "The assailant, John McGraw, said",
      // "One of them, Corail Shipping, said", "Ana Duarte, a union spokeswoman, said", "Manuel
      // Teixeira, 67, who has run a grocery since 1997, said". A name closing a segment that is
      // not a relative clause is the speaker.
      let segEnd = t - 1;
      let commas = 0;
      for (let k = t - 1; k >= Math.max(floor, t - 30); k--) {
        const w = tokens[k]!.text;
        if (w === ')' && !ctx.inQuote[k]) {
          // "Wilcox, whose ... Training Corps (ROTC) program, said": over the brackets.
          let open = k - 1;
          while (open > floor && open > t - 30 && tokens[open]!.text !== '(') open--;
          if (tokens[open]!.text !== '(') break;
          k = open;
          continue;
        }
        // A possessive apostrophe ("Sanders’ campaign manager") is not a quote mark.
        if (
          STOPS.has(w) &&
          !((w === '’' || w === "'") && !ctx.inQuote[k]) &&
          !(w === '.' && (isAbbreviationDot(tokens, k) || insideSentence(k, ctx)))
        )
          break;
        if (ctx.inQuote[k]) break;
        const atFloor = k === floor && w !== ',';
        if (w !== ',' && !atFloor) continue;
        const segStart = atFloor ? k : k + 1;
        if (segStart <= segEnd && !RELATIVES.has(lowerOf(tokens[segStart]!.text))) {
          const named = ctx.mentions.atToken[segEnd];
          if (
            named &&
            !ctx.inQuote[segEnd] &&
            (named.entity.type === 'person' ||
              (named.entity.type !== 'place' && isNameSegment(segStart, segEnd, named, ctx)))
          )
            return hitOfMention(named, ctx);
        }
        if (atFloor) {
          // "The port authority, which runs the docks, said": a noun phrase opens the sentence.
          if (commas >= 1 && NP_TAGS.has(tokens[k]!.pos) && segEnd - k < 9) {
            const hit = phraseBack(segEnd, floor, ctx);
            if (hit && hit.first === k) return hit;
          }
          break;
        }
        segEnd = k - 1;
        if (++commas >= 4) break;
      }
      return null;
    }
    if (NP_TAGS.has(token.pos) || NP_JOINERS.has(lower)) return phraseBack(t, floor, ctx);
    return null;
  }
  return null;
}

/** A full stop the sentence splitter did not end a sentence at: "Rear Adm. Lee Dong-hyun". */
function insideSentence(k: number, ctx: SpeakerContext): boolean {
  return ctx.index.sentenceOf[k] === ctx.index.sentenceOf[k + 1];
}

/**
 * A segment that is the body's name with at most a short lead ("the Marseille-based Corail
 * Shipping"), not a clause that merely ends with it ("one of the states suing the EPA").
 */
function isNameSegment(
  first: number,
  last: number,
  named: MentionRef,
  ctx: SpeakerContext,
): boolean {
  const { tokens } = ctx.layer;
  for (let k = first; k <= last && tokens[k]!.end <= named.span.start; k++) {
    const pos = tokens[k]!.pos;
    const glued = k > first && tokens[k - 1]!.end === tokens[k]!.start;
    if ((pos === 'ADP' || pos === 'VERB' || pos === 'AUX' || pos === 'PRON') && !glued)
      return false;
  }
  return true;
}

/** A noun phrase ending at `last` ("a spokesman for the agency", "officials"). */
function phraseBack(last: number, floor: number, ctx: SpeakerContext): SpeakerHit | null {
  const { tokens, text } = ctx.layer;
  const head = tokens[last]!.pos;
  // The tagger reads some nouns after an article as adjectives ("the manifest said").
  if (
    head !== 'NOUN' &&
    head !== 'PROPN' &&
    !(head === 'ADJ' && last > floor && tokens[last - 1]!.pos === 'DET')
  )
    return null;
  const trimmed = (from: number): number => {
    let f = from;
    while (
      f < last &&
      (NP_JOINERS.has(lowerOf(tokens[f]!.text)) || RELATIVES.has(lowerOf(tokens[f]!.text)))
    )
      f++;
    return f;
  };
  let first = trimmed(nounPhraseStart(last, last - 8, floor, ctx));
  // "Drivers stuck in the queue said", "Residents living near the river said": the head comes
  // before a participle and its phrase.
  const participle = participleBefore(first, floor, ctx);
  if (participle >= 0) first = trimmed(nounPhraseStart(participle - 1, participle - 9, floor, ctx));
  let person: MentionRef | null = null;
  // "His office said", "their lawyers said": the owner is part of the speaker.
  const owner = tokens[first - 1];
  if (
    first - 1 >= floor &&
    owner &&
    !ctx.inQuote[first - 1] &&
    POSSESSIVES.has(lowerOf(owner.text)) &&
    owner.pos === 'PRON'
  )
    first--;
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

const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our']);

/** Where a noun phrase ending at `last` starts: over nouns, adjectives and "of"/"for" joiners. */
function nounPhraseStart(last: number, limit: number, floor: number, ctx: SpeakerContext): number {
  const { tokens } = ctx.layer;
  let first = last;
  while (first - 1 >= floor && first > limit) {
    const prev = tokens[first - 1]!;
    if (ctx.inQuote[first - 1]) break;
    if (!(NP_TAGS.has(prev.pos) || NP_JOINERS.has(lowerOf(prev.text)))) break;
    first--;
  }
  return first;
}

/**
 * The participle of a reduced relative clause right before the phrase at `first` ("drivers
 * *stuck* in | the line"), when a noun comes before it; else -1.
 */
function participleBefore(first: number, floor: number, ctx: SpeakerContext): number {
  const { tokens } = ctx.layer;
  const adp = tokens[first - 1];
  const verb = tokens[first - 2];
  const noun = tokens[first - 3];
  if (!adp || !verb || !noun || first - 3 < floor || adp.pos !== 'ADP') return -1;
  if (ctx.inQuote[first - 3] || verb.pos !== 'VERB' || !startsLowerAscii(verb.text)) return -1;
  // "stuck", "based", "living": a participle, not a finite verb in the past ("queued").
  const lower = lowerOf(verb.text);
  if (!(lower.endsWith('ing') || lower !== verb.lemma)) return -1;
  return noun.pos === 'NOUN' || noun.pos === 'PROPN' ? first - 2 : -1;
}

const TIME_STARTS = new Set(['last', 'next', 'this', 'earlier', 'later', 'early', 'late']);
const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
]);
function isTimeWord(text: string): boolean {
  return text.length >= 5 && text.length <= 9 && TIME_WORDS.has(lowerOf(text));
}

/** The speaker right after a cue: "said Ana Duarte", "said the minister", "added a spokesman". */
export function speakerAfter(
  cue: number,
  ceiling: number,
  ctx: SpeakerContext,
  /** Right after "according to": a noun phrase must follow, whatever the tagger says. */
  lenient = false,
): SpeakerHit | null {
  const { tokens } = ctx.layer;
  const t = cue + 1;
  if (t > ceiling) return null;
  const token = tokens[t]!;
  if (ctx.inQuote[t]) return null;
  const ref = ctx.mentions.atToken[t];
  if (ref) return hitOfMention(ref, ctx);
  const lower = lowerOf(token.text);
  if (isSubjectPronoun(lower) && token.pos === 'PRON') return pronounHit(token, t, lower);
  const nounish = (k: number): boolean =>
    NP_TAGS.has(tokens[k]!.pos) ||
    (lenient && k === t && tokens[k]!.pos === 'VERB') ||
    (tokens[k]!.pos === 'VERB' &&
      startsLowerAscii(tokens[k]!.text) &&
      tokens[k + 1]?.pos === 'NOUN' &&
      k + 1 <= ceiling);
  if (!nounish(t) || TIME_STARTS.has(lower)) return null;
  let last = t;
  let person: MentionRef | null = null;
  let org: MentionRef | null = null;
  while (last + 1 <= ceiling && last - t < 8) {
    const next = tokens[last + 1]!;
    if (!(nounish(last + 1) || NP_JOINERS.has(lowerOf(next.text)))) break;
    last++;
  }
  while (
    last > t &&
    (tokens[last]!.pos === 'ADP' ||
      tokens[last]!.pos === 'DET' ||
      NP_JOINERS.has(tokens[last]!.text))
  )
    last--;
  if (
    tokens[last]!.pos !== 'NOUN' &&
    tokens[last]!.pos !== 'PROPN' &&
    !(lenient && last === t && tokens[t]!.pos === 'VERB')
  )
    return null;
  // "said Tuesday", "said last month": a time, not a speaker.
  if (last === t && isTimeWord(token.text)) return null;
  for (let k = t; k <= last; k++) {
    const r = ctx.mentions.atToken[k];
    if (r?.entity.type === 'person') person ??= r;
    else if (r) org ??= r;
  }
  if (person) return hitOfMention(person, ctx);
  return phraseHit(ctx, t, last, org);
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
      return pronounHit(token, t, lower);
    if (token.pos === 'VERB') break;
  }
  return null;
}

const LEADS = new Set(['but', 'and', 'yet', 'so', 'however', 'meanwhile', 'still']);

/**
 * The noun phrase that opens a clause and is its subject: "Shipping lines have resisted such
 * checks, arguing ...", "the company puts the figure at 350 and says ...". Null unless a verb,
 * an auxiliary, an adverb or a comma follows the phrase.
 */
export function clauseSubject(first: number, cue: number, ctx: SpeakerContext): SpeakerHit | null {
  const { tokens } = ctx.layer;
  let t = first;
  while (t < cue && (tokens[t]!.pos === 'PUNCT' || LEADS.has(lowerOf(tokens[t]!.text)))) t++;
  if (t >= cue || ctx.inQuote[t]) return null;
  const ref = ctx.mentions.atToken[t];
  if (ref) return ref.entity.type === 'place' ? null : hitOfMention(ref, ctx);
  let end = t;
  // A capitalised first word the tagger took for a verb: "Shipping lines".
  const opener = (k: number): boolean =>
    k === t && tokens[k]!.pos === 'VERB' && tokens[k + 1]?.pos === 'NOUN';
  while (
    end < cue &&
    end - t < 8 &&
    !ctx.inQuote[end] &&
    (NP_TAGS.has(tokens[end]!.pos) || NP_JOINERS.has(lowerOf(tokens[end]!.text)) || opener(end))
  )
    end++;
  if (end === t || end >= cue) return null;
  const next = tokens[end]!;
  if (!(next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV' || next.text === ','))
    return null;
  const last = end - 1;
  const head = tokens[last]!.pos;
  if (head !== 'NOUN' && head !== 'PROPN') return null;
  let org: MentionRef | null = null;
  for (let k = t; k <= last; k++) {
    const r = ctx.mentions.atToken[k];
    if (r?.entity.type === 'person') return hitOfMention(r, ctx);
    if (r) org ??= r;
  }
  return phraseHit(ctx, t, last, org);
}

function startsLowerAscii(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 97 && c <= 122;
}
