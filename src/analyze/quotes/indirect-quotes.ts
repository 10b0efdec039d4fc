import type { Quote, Token } from '../../model/analysis.js';
import { BELIEF_LEMMAS, OBJECT_LEMMAS, PARTICIPLES } from './cue-verbs.js';
import { isAccordingTo, isSpeechCue, lowerOf } from './cues.js';
import {
  sentenceSubject,
  speakerAfter,
  speakerBefore,
  toSpeaker,
  type SpeakerContext,
  type SpeakerHit,
} from './speaker.js';

const END_PUNCT = new Set(['.', '!', '?', ';', '"', '“', '”', '‘', '’', '«', '»', '„', "'", ')']);
const QUOTE_OPEN = new Set(['"', '“', '‘', '«', '„', "'"]);
/** Words between a cue and "that": "said on Tuesday that", "told reporters in Lisbon that". */
const BRIDGE_TAGS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PRON', 'ADJ', 'PUNCT']);

function hasVerb(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++)
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

/** Trims a token range to content: no leading "that"/commas, no closing punctuation. */
function trimRange(tokens: Token[], first: number, last: number): [number, number] {
  while (
    first <= last &&
    (tokens[first]!.text === ',' ||
      tokens[first]!.text === ':' ||
      lowerOf(tokens[first]!.text) === 'that')
  )
    first++;
  while (
    last >= first &&
    (END_PUNCT.has(tokens[last]!.text) || tokens[last]!.text === ',' || tokens[last]!.text === '—')
  )
    last--;
  return [first, last];
}

interface Found {
  first: number;
  last: number;
  cueFirst: number;
  cueLast: number;
  hit: SpeakerHit | null;
}

/** Reported speech inside one sentence: "X said (that) ...", "..., X said", "..., according to X". */
function inSentence(s: number, ctx: SpeakerContext, out: Found[]): void {
  const { tokens } = ctx.layer;
  const first = ctx.index.sentenceFirst[s]!;
  const last = ctx.index.sentenceLast[s]!;
  if (first < 0) return;
  let k = first;
  while (k <= last) {
    const token = tokens[k]!;
    const pos = token.pos;
    // Cues and "according" are verbs, or nouns and adjectives the tagger got wrong.
    if (
      ctx.inQuote[k] ||
      !(pos === 'VERB' || pos === 'NOUN' || pos === 'ADJ' || pos === 'AUX' || pos === 'ADV')
    ) {
      k++;
      continue;
    }
    if (isAccordingTo(tokens, k)) {
      const found = according(k, first, last, ctx);
      if (found) {
        out.push(found);
        return;
      }
      k += 2;
      continue;
    }
    const speech = isSpeechCue(token);
    const belief =
      !speech &&
      token.pos === 'VERB' &&
      BELIEF_LEMMAS.has(token.lemma) &&
      lowerOf(tokens[k + 1]?.text ?? '') === 'that';
    if (!speech && !belief) {
      k++;
      continue;
    }
    const lower = lowerOf(token.text);
    // "was quoted as saying": the cue is the whole phrase.
    let cueFirst = k;
    if (lower === 'saying' && tokens[k - 1]?.text === 'as' && tokens[k - 2]?.text === 'quoted')
      cueFirst = k - 2;
    const participle = PARTICIPLES.has(lower) && tokens[k - 1]?.text === ',';
    let hit = participle ? sentenceSubject(first, k, ctx) : speakerBefore(cueFirst, first, ctx);
    // Content after the cue.
    let c = k + 1;
    if (OBJECT_LEMMAS.has(token.lemma)) {
      // Skip the listener: "told reporters", "told the Lisbon daily".
      // One noun phrase: a determiner after its noun starts the reported clause.
      let o = c;
      let noun = false;
      while (o <= last && o - c < 5) {
        const w = tokens[o]!;
        if (w.pos === 'PRON' && o === c) {
          o++;
          noun = true;
          break;
        }
        if (noun && (w.pos === 'DET' || w.pos === 'PRON')) break;
        if (w.pos === 'NOUN' || w.pos === 'PROPN') noun = true;
        else if (w.pos !== 'DET' && w.pos !== 'ADJ') break;
        o++;
      }
      if (noun && o <= last) c = o;
    }
    for (let b = c; b <= last && b - c < 8; b++) {
      const w = tokens[b]!;
      if (
        lowerOf(w.text) === 'that' &&
        (w.pos === 'SCONJ' || w.pos === 'PRON' || w.pos === 'DET' || b > c)
      ) {
        c = b + 1;
        break;
      }
      if (!BRIDGE_TAGS.has(w.pos) || ctx.inQuote[b]) break;
    }
    let q = c;
    while (q <= last && (tokens[q]!.text === ':' || tokens[q]!.text === ',')) q++;
    if (q <= last && (QUOTE_OPEN.has(tokens[q]!.text) || ctx.inQuote[q])) {
      // `said: "..."` is a direct quote.
      k = last + 1;
      continue;
    }
    const [cf, cl] = trimRange(tokens, c, last);
    if (!hit && !participle) hit = speakerAfter(k, last, ctx);
    if (cl - cf >= 2 && hasVerb(tokens, cf, cl) && hit && hit.first < k && !(hit.first > cf)) {
      out.push({ first: cf, last: cl, cueFirst, cueLast: k, hit });
      return;
    }
    // Inverted: "The plan will fail, Duarte said." / "..., said Duarte."
    const after = hit && hit.first > k ? hit : speakerAfter(k, last, ctx);
    const subject = after ?? hit;
    if (subject && !belief) {
      const boundary = subject.first > k ? k - 1 : subject.first - 1;
      if (boundary > first && (tokens[boundary]!.text === ',' || tokens[boundary]!.text === '—')) {
        const [pf, pl] = trimRange(tokens, first, boundary - 1);
        if (pl - pf >= 2 && hasVerb(tokens, pf, pl) && !ctx.inQuote[pf] && !ctx.inQuote[pl]) {
          out.push({ first: pf, last: pl, cueFirst, cueLast: k, hit: subject });
          return;
        }
      }
    }
    k++;
  }
}

/** "..., according to X." and "According to X, ...". */
function according(k: number, first: number, last: number, ctx: SpeakerContext): Found | null {
  const { tokens } = ctx.layer;
  const hit = speakerAfter(k + 1, last, ctx);
  if (!hit) return null;
  if (k === first || (k === first + 1 && tokens[first]!.pos === 'PUNCT')) {
    let c = hit.last + 1;
    while (c <= last && tokens[c]!.text !== ',') c++;
    const [cf, cl] = trimRange(tokens, c + 1, last);
    if (cl - cf < 2 || !hasVerb(tokens, cf, cl)) return null;
    return { first: cf, last: cl, cueFirst: k, cueLast: k + 1, hit };
  }
  const [cf, cl] = trimRange(tokens, first, k - 1);
  if (cl - cf < 2 || !hasVerb(tokens, cf, cl) || ctx.inQuote[cf] || ctx.inQuote[cl]) return null;
  return { first: cf, last: cl, cueFirst: k, cueLast: k + 1, hit };
}

/** Indirect quotes of the article, one per sentence at most, outside quote marks. */
export function indirectQuotes(ctx: SpeakerContext): Quote[] {
  const { tokens, text, sentences } = ctx.layer;
  const found: Found[] = [];
  for (let s = 0; s < sentences.length; s++) inSentence(s, ctx, found);
  const quotes: Quote[] = [];
  for (const f of found) {
    const start = tokens[f.first]!.start;
    let end = tokens[f.last]!.end;
    // The tokenizer sometimes keeps a sentence's full stop on its last word ("in.").
    if (
      end - start > 1 &&
      text[end - 1] === '.' &&
      f.last === ctx.index.sentenceLast[ctx.index.sentenceOf[f.last]!]
    )
      end--;
    const cueSpan = { start: tokens[f.cueFirst]!.start, end: tokens[f.cueLast]!.end };
    const sentenceEnd = sentences[ctx.index.sentenceOf[f.last]!]?.end ?? text.length;
    const speakerInfo = f.hit ? toSpeaker(f.hit, ctx, sentenceEnd) : null;
    if (speakerInfo?.ref) ctx.lastSpeaker = speakerInfo.ref;
    quotes.push({
      start,
      end,
      text: text.slice(start, end),
      kind: 'indirect',
      cue: text.slice(cueSpan.start, cueSpan.end),
      cueSpan,
      speaker: speakerInfo?.speaker ?? null,
    });
  }
  return quotes;
}
