import { CARDINALS } from '../text/number-words.js';

export const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
  k: 1e3,
};

/** "tens of", "hundreds of", "dozens of": vague counts, read as their lower bound. */
export const VAGUE: Record<string, number> = {
  tens: 10,
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};

export function isArticleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return lower === 'a' || lower === 'an';
}

/** Every word that can begin a written number. */
export const NUMBER_STARTS = new Set([...Object.keys(CARDINALS), ...Object.keys(VAGUE), 'a', 'an']);
