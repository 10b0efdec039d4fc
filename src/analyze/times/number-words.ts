const UNITS: Record<string, number> = {
  a: 1,
  an: 1,
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
  couple: 2,
};

/** The value of a number written in digits ("40", "1,200", "2.5") or as one word ("forty"). */
export function numberOf(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower in UNITS) return UNITS[lower]!;
  if (!/^\d[\d,]*(?:\.\d+)?$/.test(lower)) return null;
  const value = Number(lower.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

/** Words that stand for a count but say no number: the value stays unknown. */
export const VAGUE_COUNTS = new Set(['several', 'few', 'many', 'some', 'numerous']);
