import type { Token } from '../../model/analysis.js';
import {
  FRAMING_LEMMAS,
  LIGHT_VERBS,
  PHRASAL_CUES,
  SPEECH_FORMS,
  SPEECH_LEMMAS,
  SPEECH_NOUNS,
} from './cue-verbs.js';

/** True for a reporting verb token ("said", "told", "warns"). */
export function isSpeechCue(token: Token): boolean {
  const pos = token.pos;
  // Most tokens fail on their tag without a lookup; the surface forms catch a mis-tagged "says".
  if (pos === 'VERB') {
    if (SPEECH_LEMMAS.has(token.lemma)) return true;
  } else if (pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'AUX' && pos !== 'ADV') return false;
  const text = token.text;
  return text.length >= 3 && text.length <= 12 && SPEECH_FORMS.has(lowerOf(text));
}

/**
 * A reporting phrase made of a verb and a particle, at its verb: "put it" (as Duarte put it),
 * "went on", "shot back", "pointed out". Returns the index of the phrase's last token, or -1.
 */
export function phrasalCueEnd(tokens: Token[], k: number): number {
  const token = tokens[k]!;
  if (token.pos !== 'VERB') return -1;
  const particles = PHRASAL_CUES.get(token.lemma);
  if (!particles) return -1;
  const next = tokens[k + 1];
  if (!next || !particles.includes(lowerOf(next.text))) return -1;
  return k + 1;
}

/**
 * A reporting phrase of a verb and a noun that takes a "that" clause, at its verb: "made the
 * case (in public) that", "gave assurances that", "made it clear that". Returns the index of the
 * noun, or -1; `last` bounds the search.
 */
export function speechNounEnd(tokens: Token[], k: number, last: number): number {
  const verb = tokens[k]!;
  if (verb.pos !== 'VERB' || !LIGHT_VERBS.has(verb.lemma)) return -1;
  let n = k + 1;
  while (n <= last && n - k <= 3 && !SPEECH_NOUNS.has(tokens[n]!.lemma)) {
    const pos = tokens[n]!.pos;
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'PRON') return -1;
    n++;
  }
  if (n > last || !SPEECH_NOUNS.has(tokens[n]!.lemma)) return -1;
  // The "that" of the reported clause, after at most a short phrase ("in public", "on Tuesday").
  for (let t = n + 1; t <= last && t - n <= 4; t++) {
    const word = tokens[t]!;
    if (lowerOf(word.text) === 'that') return n;
    if (word.pos === 'VERB' || word.pos === 'AUX' || word.pos === 'PUNCT') return -1;
  }
  return -1;
}

/** A speech cue or the verb of a reporting phrase. */
export function isCueAt(tokens: Token[], k: number): boolean {
  return isSpeechCue(tokens[k]!) || phrasalCueEnd(tokens, k) >= 0;
}

/**
 * A verb that frames quoted words in its own clause: "called the offer “late and short”",
 * "described it as “a disaster”", "thanked both sides “for their patience”".
 */
export function isFramingCue(token: Token): boolean {
  return token.pos === 'VERB' && FRAMING_LEMMAS.has(token.lemma);
}

/** True at "according" of "according to". */
export function isAccordingTo(tokens: Token[], i: number): boolean {
  const text = tokens[i]!.text;
  if (text.length !== 9) return false;
  return lowerOf(text) === 'according' && lowerOf(tokens[i + 1]?.text ?? '') === 'to';
}

/** Lower case without allocating for words that are already lower case (most of them). */
export function lowerOf(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return text.toLowerCase();
  }
  return text;
}

/**
 * A full stop inside an abbreviation, not a sentence end: "(R-Fla.)", "McConnell, R-Ky., said",
 * "(D-N.C.)": glued to a short word and followed by a bracket, a comma or more of the abbreviation.
 */
export function isAbbreviationDot(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!prev || !next || prev.end !== tokens[k]!.start || prev.text.length > 4) return false;
  return next.text === ')' || next.text === ',' || next.start === tokens[k]!.end;
}
