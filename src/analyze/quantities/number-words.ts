const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  an: 1,
  dozen: 12,
  half: 0.5,
};

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

/** A written number word's value ("forty" → 40; "twenty-five" → 25), or null. */
export function numberWordValue(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower in UNITS && lower !== 'a' && lower !== 'an' && lower !== 'half') return UNITS[lower]!;
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(lower);
  if (hyphen && UNITS[hyphen[1]!]! >= 20 && UNITS[hyphen[2]!]! < 10)
    return UNITS[hyphen[1]!]! + UNITS[hyphen[2]!]!;
  return null;
}

/** A numeral as written in news ("1,200", "3.5", "12"), or null. */
export function numeralValue(token: string): number | null {
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(token)) return null;
  return Number(token.replace(/,/g, ''));
}

export function isArticleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return lower === 'a' || lower === 'an';
}
