/** Cardinal number words and their values, shared by the quantity and time layers. */
export const CARDINALS: Record<string, number> = {
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
  hundred: 100,
  dozen: 12,
};

/** A numeral as written in news ("1,200", "3.5", "12"), or null. */
export function numeralValue(token: string): number | null {
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(token)) return null;
  const value = Number(token.replace(/,/g, ''));
  // Thousands of digits make Infinity, which is no number anything counts (and no JSON).
  return Number.isFinite(value) ? value : null;
}

/** A written number word's value ("forty" → 40, "twenty-five" → 25), or null. */
export function numberWordValue(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower in CARDINALS) return CARDINALS[lower]!;
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(lower);
  if (!hyphen) return null;
  const tens = CARDINALS[hyphen[1]!];
  const ones = CARDINALS[hyphen[2]!];
  return tens !== undefined && ones !== undefined && tens >= 20 && tens < 100 && ones < 10
    ? tens + ones
    : null;
}

/** A number in digits or in one word, or null. */
export function cardinalValue(word: string): number | null {
  return numeralValue(word) ?? numberWordValue(word);
}
