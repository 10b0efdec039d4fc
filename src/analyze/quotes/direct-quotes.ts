import type { Quote } from '../../model/analysis.js';
import { OBJECT_LEMMAS, PARTICIPLES } from './cue-verbs.js';
import type { Token } from '../../model/analysis.js';
import { isAbbreviationDot, isCueAt, isFramingCue, lowerOf } from './cues.js';
import type { MentionRef } from './mention-index.js';
import type { QuotePair } from './quote-marks.js';
import {
  hitOfMention,
  sentenceSubject,
  speakerAfter,
  speakerBefore,
  type SpeakerContext,
  type SpeakerHit,
} from './speaker.js';
import { toSpeaker } from './to-speaker.js';

const BOUNDARY = new Set(['.', '!', '?', ';']);
const QUOTE_TOKENS = new Set(['"', '“', '”', '‘', '’', '«', '»', '„', "'", "''"]);
const LEAD_PUNCT = new Set([',', '—', '–', '-', ':', '―']);
const DASHES = new Set(['—', '–', '-', '―', '--']);

interface Attribution {
  cue: number;
  hit: SpeakerHit | null;
  /** The cue sits right against the quote (": " or ", " only between). */
  tight: boolean;
  /** The cue is in the quote's own sentence. */
  near?: boolean;
}

/** A cue after the closing mark: `"...," said Duarte` / `"...," Duarte said` / `"...," she added`. */
function cueAfter(pair: QuotePair, ctx: SpeakerContext): Attribution | null {
  const { tokens } = ctx.layer;
  const end = pair.close >= 0 ? pair.close + pair.closeLength : pair.contentEnd;
  let t = ctx.index.at(end);
  const paragraph = tokens[t] ? ctx.index.paragraphOf[t] : -1;
  const startParagraph = ctx.index.paragraphOf[ctx.index.before(end)] ?? -1;
  if (!tokens[t] || paragraph !== startParagraph) return null;
  let dash = -1;
  while (tokens[t] && LEAD_PUNCT.has(tokens[t]!.text)) {
    if (DASHES.has(tokens[t]!.text)) dash = t;
    t++;
  }
  const first = t;
  if (dash >= 0) {
    // A signature: `"..." ― Ana Duarte` closing the paragraph, or `"..." — Duarte, a nurse.`
    const ref = ctx.mentions.atToken[first];
    if (ref && !ctx.inQuote[first]) {
      const hit = hitOfMention(ref, ctx);
      const after = tokens[hit.last + 1];
      if (
        !after ||
        ctx.index.paragraphOf[hit.last + 1] !== paragraph ||
        after.text === ',' ||
        after.text === '.' ||
        after.text === '(' ||
        ctx.layer.text.lastIndexOf('\n', after.start) >= tokens[hit.last]!.end
      )
        return { cue: dash, hit, tight: true };
    }
  }
  for (let k = first; k < tokens.length && k - first < 24; k++) {
    const token = tokens[k]!;
    if (
      (BOUNDARY.has(token.text) && !isAbbreviationDot(tokens, k)) ||
      QUOTE_TOKENS.has(token.text) ||
      ctx.inQuote[k] ||
      ctx.index.paragraphOf[k] !== paragraph
    )
      return null;
    if (!isCueAt(tokens, k)) continue;
    const hit =
      k > first
        ? speakerBefore(k, first, ctx)
        : speakerAfter(k, Math.min(tokens.length - 1, k + 10), ctx);
    if (k > first && !hit) continue;
    return {
      cue: k,
      hit: hit ?? speakerAfter(k, Math.min(tokens.length - 1, k + 10), ctx),
      tight: true,
    };
  }
  return null;
}

/**
 * A cue before the opening mark: `Duarte said: "..."`, `Duarte told reporters "..."`, `she said
 * the plan was "..."`; also one short sentence back (`Okafor agreed. "..."`) and over a paragraph
 * that ends with a colon (`Stated Okafor:`).
 */
function cueBefore(pair: QuotePair, ctx: SpeakerContext): Attribution | null {
  const { tokens } = ctx.layer;
  let t = ctx.index.before(pair.open);
  if (t < 0) return null;
  let paragraph = ctx.index.paragraphOf[ctx.index.at(pair.open)];
  const last = t;
  if (ctx.index.paragraphOf[t] !== paragraph) {
    if (tokens[t]!.text !== ':') return null;
    paragraph = ctx.index.paragraphOf[t];
  }
  const colon = tokens[t]!.text === ':';
  // `... candidate Mitt Romney -- "It is disqualifying ..."`: a name, a dash, the quote.
  let d = t;
  while (d > 0 && DASHES.has(tokens[d]!.text) && ctx.index.paragraphOf[d] === paragraph) d--;
  if (d < t) {
    const named = ctx.mentions.atToken[d];
    if (named && named.entity.type === 'person' && !ctx.inQuote[d])
      return { cue: t, hit: hitOfMention(named, ctx), tight: true };
  }
  while (t >= 0 && LEAD_PUNCT.has(tokens[t]!.text)) t--;
  let crossed = false;
  for (let k = t; k >= 0 && last - k < 24; k--) {
    const token = tokens[k]!;
    if (ctx.index.paragraphOf[k] !== paragraph || QUOTE_TOKENS.has(token.text) || ctx.inQuote[k])
      break;
    if (BOUNDARY.has(token.text)) {
      // One short sentence back: "Okafor agreed."
      const s = ctx.index.sentenceOf[k]!;
      if (crossed || k === t || k - ctx.index.sentenceFirst[s]! > 10 || token.text !== '.') break;
      crossed = true;
      continue;
    }
    if (!isCueAt(tokens, k) && !(!crossed && isFramingCue(token) && !glued(tokens, k))) continue;
    const floor = ctx.index.sentenceFirst[ctx.index.sentenceOf[k]!]!;
    // "Duarte rejected the plan, telling reporters: ..." : the subject speaks, not the listener.
    const participle = isParticipleCue(tokens, k);
    // After "told" or "called" comes the listener or the thing named, not the speaker.
    const listener = participle || OBJECT_LEMMAS.has(token.lemma) || !isCueAt(tokens, k);
    const hit = participle
      ? (sentenceSubject(floor, k, ctx) ?? speakerBefore(k, floor, ctx))
      : (speakerBefore(k, floor, ctx) ??
        (listener ? null : speakerAfter(k, t, ctx)) ??
        sentenceSubject(floor, k, ctx));
    if (crossed && !hit) break;
    return { cue: k, hit, tight: !crossed && t - k <= 3, near: !crossed };
  }
  if (!colon) return null;
  // `Duarte has since apologised: "..."`: the subject of the clause before the colon.
  const s = ctx.index.sentenceOf[t]!;
  const first = ctx.index.sentenceFirst[s]!;
  // `Pollster Dana Shaw: "..."`: a person named right before the colon.
  const named = ctx.mentions.atToken[t];
  const hit =
    named && named.entity.type === 'person' && !ctx.inQuote[t]
      ? hitOfMention(named, ctx)
      : sentenceSubject(first, t + 1, ctx);
  if (!hit) return null;
  let verb = hit.last + 1;
  while (verb <= t && tokens[verb]!.pos !== 'VERB') verb++;
  // "Okafor: ‘We will win’" (a headline): the colon is the cue.
  return { cue: verb > t ? t + 1 : verb, hit, tight: true };
}

/** "so-called", "self-described": a word glued to the one before is no cue. */
function glued(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return prev !== undefined && prev.end === tokens[k]!.start;
}

const PARTICIPLE_LEADS = new Set([',', 'while', 'before', 'after', 'by', 'when', 'then']);

/** "..., telling reporters", "before asking her", "while chanting": the clause's subject speaks. */
function isParticipleCue(tokens: Token[], k: number): boolean {
  const lower = lowerOf(tokens[k]!.text);
  if (!PARTICIPLES.has(lower) && !lower.endsWith('ing')) return false;
  const prev = tokens[k - 1];
  return prev !== undefined && PARTICIPLE_LEADS.has(lowerOf(prev.text));
}

/**
 * The subject of the sentence right before an uncued quote that opens a sentence: `Viguerie is
 * upbeat. "Cruz can win."`. Only a named subject or he/she, and only from a sentence with no
 * quote in it.
 */
function subjectBefore(pair: QuotePair, paragraph: number, ctx: SpeakerContext): SpeakerHit | null {
  const { tokens } = ctx.layer;
  const t = ctx.index.before(pair.open);
  if (t < 0 || (tokens[t]!.text !== '.' && tokens[t]!.text !== '!')) return null;
  const p = ctx.index.paragraphOf[t]!;
  if (p !== paragraph && p !== paragraph - 1) return null;
  const s = ctx.index.sentenceOf[t]!;
  const first = ctx.index.sentenceFirst[s]!;
  if (first < 0 || ctx.index.paragraphOf[first] !== p) return null;
  for (let k = first; k <= t; k++)
    if (ctx.inQuote[k] || QUOTE_TOKENS.has(tokens[k]!.text)) return null;
  const hit = sentenceSubject(first, t, ctx) ?? ownerOfSubject(first, ctx);
  if (!hit) return null;
  if (hit.pronoun) return hit.pronoun === 'he' || hit.pronoun === 'she' ? hit : null;
  return hit.ref && hit.ref.entity.type !== 'place' ? hit : null;
}

/** "Her objection is to the process.": the person whose view the sentence gives, as "she". */
function ownerOfSubject(first: number, ctx: SpeakerContext): SpeakerHit | null {
  const token = ctx.layer.tokens[first]!;
  const lower = lowerOf(token.text);
  if (token.pos !== 'PRON' || (lower !== 'his' && lower !== 'her')) return null;
  return {
    span: { start: token.start, end: token.end },
    ref: null,
    pronoun: lower === 'his' ? 'he' : 'she',
    phrase: null,
    first,
    last: first,
  };
}

function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Direct and partial quotes: quoted text attributed through a cue next to it or the paragraph
 * before. Short quoted words with no cue go to `uncued`.
 */
export function directQuotes(pairs: QuotePair[], ctx: SpeakerContext, uncued: Quote[]): Quote[] {
  const { text, tokens } = ctx.layer;
  const quotes: Quote[] = [];
  type Previous = { quote: Quote; ref: MentionRef | null; paragraph: number };
  let previous: Previous | null = null;
  for (const pair of pairs) {
    let start = pair.contentStart;
    let end = pair.contentEnd;
    while (start < end && text.charCodeAt(start) <= 32) start++;
    while (end > start && text.charCodeAt(end - 1) <= 32) end--;
    if (end <= start) continue;
    const content = text.slice(start, end);
    const words = wordCount(content);
    const openToken = ctx.index.at(pair.open);
    const paragraph = ctx.index.paragraphOf[Math.min(openToken, tokens.length - 1)]!;
    const before = cueBefore(pair, ctx);
    const after = pair.close >= 0 ? cueAfter(pair, ctx) : null;
    let chosen: Attribution | null = null;
    // Quoted words inside a sentence ("said the deal gave the port 'two years of peace', while
    // Duarte said ...") belong to the reporting clause around them.
    const prevBefore = ctx.index.before(pair.open);
    const inside =
      prevBefore >= 0 &&
      ctx.index.paragraphOf[prevBefore] === paragraph &&
      !BOUNDARY.has(tokens[prevBefore]!.text) &&
      !LEAD_PUNCT.has(tokens[prevBefore]!.text) &&
      tokens[prevBefore]!.text !== '(' &&
      !/^[\p{Lu}\p{N}]/u.test(content);
    // `..., because “...,” she said`: a cue right after the quote still wins.
    const closeEnd = pair.close >= 0 ? pair.close + pair.closeLength : pair.contentEnd;
    const afterClose =
      after !== null &&
      after.cue - ctx.index.at(closeEnd) <= 3 &&
      // Not the cue of the next sentence: `... "with nothing new." The operators said ...`.
      ctx.index.sentenceOf[after.cue] === ctx.index.sentenceOf[ctx.index.before(closeEnd)];
    if (before && before.hit && (before.tight || (inside && before.near && !afterClose)))
      chosen = before;
    else if (after && after.hit) chosen = after;
    else if (before && before.hit) chosen = before;
    else chosen = after ?? before;

    const prevToken = ctx.index.before(pair.open);
    const prev =
      prevToken >= 0 && ctx.index.paragraphOf[prevToken] === paragraph ? tokens[prevToken]! : null;
    const atSentenceStart =
      !prev ||
      BOUNDARY.has(prev.text) ||
      LEAD_PUNCT.has(prev.text) ||
      prev.text === '(' ||
      (chosen !== null && chosen === before && prevToken === chosen.cue);
    const capital =
      /^[\p{Lu}\p{N}]/u.test(content) || content.startsWith('...') || content.startsWith('…');
    const sentenceLike = atSentenceStart && (capital || !prev) && words >= 2;
    const kind = sentenceLike || (chosen === after && words >= 5 && capital) ? 'direct' : 'partial';

    let speakerInfo: ReturnType<typeof toSpeaker> | null = null;
    let cue: string | null = null;
    let cueSpan = null;
    if (chosen) {
      const cueToken = tokens[chosen.cue]!;
      cue = cueToken.text;
      cueSpan = { start: cueToken.start, end: cueToken.end };
      if (chosen.hit)
        speakerInfo = toSpeaker(
          chosen.hit,
          ctx,
          ctx.layer.sentences[ctx.index.sentenceOf[chosen.hit.last]!]?.end ?? text.length,
        );
    } else {
      // No cue: a bare quote paragraph (or a second quote in one) keeps the speaker before it.
      const last = previous as Previous | null;
      const carried: Previous | null =
        last && (last.paragraph === paragraph || last.paragraph === paragraph - 1) ? last : null;
      const opensParagraph = !prev;
      // A sentence naming someone else between the two quotes: the new person takes over.
      const fresh = kind === 'direct' ? subjectBefore(pair, paragraph, ctx) : null;
      const takesOver =
        fresh !== null &&
        (!carried || (fresh.ref !== null && fresh.ref.entity !== carried.ref?.entity));
      if (
        !takesOver &&
        carried &&
        (opensParagraph || carried.paragraph === paragraph) &&
        kind === 'direct'
      ) {
        // Within one paragraph ("A," she said. "B.") it is the same attribution, so the same cue.
        const same = carried.paragraph === paragraph;
        quotes.push({
          start,
          end,
          text: content,
          kind,
          cue: same ? carried.quote.cue : null,
          cueSpan: same ? carried.quote.cueSpan : null,
          speaker: carried.quote.speaker,
        });
        previous = { ...carried, paragraph };
        continue;
      }
      // Quoted words with no one saying them: a title, a scare quote, a name; or words of
      // reported speech whose cue is further back ("said ... "not A" and wanted "B"").
      if (!(kind === 'direct' && words >= 8)) {
        uncued.push({
          start,
          end,
          text: content,
          kind: 'partial',
          cue: null,
          cueSpan: null,
          speaker: null,
        });
        continue;
      }
      if (fresh)
        speakerInfo = toSpeaker(
          fresh,
          ctx,
          ctx.layer.sentences[ctx.index.sentenceOf[fresh.last]!]?.end ?? text.length,
        );
    }
    const quote: Quote = {
      start,
      end,
      text: content,
      kind,
      cue,
      cueSpan,
      speaker: speakerInfo?.speaker ?? null,
    };
    quotes.push(quote);
    if (quote.speaker) previous = { quote, ref: speakerInfo?.ref ?? null, paragraph };
  }
  return quotes;
}
