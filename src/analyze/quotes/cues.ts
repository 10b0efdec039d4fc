import type { Token } from '../../model/analysis.js';
import { SPEECH_FORMS, SPEECH_LEMMAS } from './cue-verbs.js';

/** True for a reporting verb token ("said", "told", "warns"). */
export function isSpeechCue(token: Token): boolean {
  const lower = token.text.toLowerCase();
  if (SPEECH_FORMS.has(lower)) return token.pos !== 'PROPN';
  return token.pos === 'VERB' && SPEECH_LEMMAS.has(token.lemma);
}

/** True at "according" of "according to". */
export function isAccordingTo(tokens: Token[], i: number): boolean {
  return (
    tokens[i]!.text.toLowerCase() === 'according' && tokens[i + 1]?.text.toLowerCase() === 'to'
  );
}
