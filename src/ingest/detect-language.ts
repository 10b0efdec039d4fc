import { detect } from 'tinyld';

const SAMPLE = 1500;
// English function words that no other common news language uses as words.
const ENGLISH = new Set(
  'the of and to is that for on with was said it as by at from his her are were has have be will this their they which been would'.split(
    ' ',
  ),
);
const ENGLISH_SHARE = 0.15;

/** Most news is English; counting its function words is a hundred times cheaper than n-gram models. */
function looksEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length < 20) return false;
  let hits = 0;
  for (const word of words) if (ENGLISH.has(word)) hits++;
  return hits / words.length >= ENGLISH_SHARE;
}

/** An ISO 639-1 code from a declared tag (`en-GB`, `pt_BR`) or, failing that, from the text. */
export function detectLanguage(text: string, declared?: string | null): string | null {
  const tag = declared?.trim().toLowerCase().split(/[-_]/)[0];
  if (tag && /^[a-z]{2}$/.test(tag)) return tag;
  if (text.length < 20) return null;
  const sample = text.slice(0, SAMPLE);
  if (looksEnglish(sample)) return 'en';
  return detect(sample) || null;
}
