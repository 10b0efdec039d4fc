import { detectAll } from 'tinyld';

const SAMPLE = 1500;
// English function words that no other common news language uses as words.
const ENGLISH = new Set(
  'the of and to is that for on with was said it as by at from his her are were has have be will this their they which been would'.split(
    ' ',
  ),
);
const ENGLISH_SHARE = 0.15;
/** Below this many words a text is short: a headline or a one-sentence brief. */
const SHORT_WORDS = 20;
/** English function words that a short text needs besides the share, so one stray "the" is not enough. */
const SHORT_ENGLISH_HITS = 2;
/**
 * How far the n-gram model's best guess must lead its runner-up to count. On a short text of
 * names and capitals ("Ferry Operator Sacks Captain") it spreads its confidence over languages
 * alike (Italian 0.040, Latin 0.027): such a guess is no evidence of a language. A text in a
 * language leads clearly even when the model's confidence is low (Dutch 0.17, Afrikaans 0.04).
 */
const CLEAR_LEAD = 3;
/** Most news is English; counting its function words is a hundred times cheaper than n-gram models. */
function looksEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  if (!words.length) return false;
  let hits = 0;
  for (const word of words) if (ENGLISH.has(word)) hits++;
  if (words.length < SHORT_WORDS && hits < SHORT_ENGLISH_HITS) return false;
  return hits / words.length >= ENGLISH_SHARE;
}

/**
 * An ISO 639-1 code from a declared tag (`en-GB`, `pt_BR`) or, failing that, from the text; null
 * when the text does not tell (too short, or the model's best guess is weak), so that a one-line
 * brief is not put in a language it is not in.
 */
export function detectLanguage(text: string, declared?: string | null): string | null {
  const tag = declared?.trim().toLowerCase().split(/[-_]/)[0];
  if (tag && /^[a-z]{2}$/.test(tag)) return tag;
  if (text.length < 20) return null;
  const sample = text.slice(0, SAMPLE);
  if (looksEnglish(sample)) return 'en';
  const [best, next] = detectAll(sample);
  if (!best) return null;
  return !next || best.accuracy >= CLEAR_LEAD * next.accuracy ? best.lang : null;
}
