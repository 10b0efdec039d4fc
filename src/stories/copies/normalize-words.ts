// Apostrophes of every kind go, so "Norway’s" and "Norway's" are one word; quote marks and other
// punctuation fall away when the text is split into words.
const APOSTROPHES = /['’‘ʼ`´′]/g;
// "4,800" and "4.800" are one number whichever separator an outlet uses.
const DIGIT_GROUPS = /(\d)[.,\u00a0\u202f](?=\d)/g;
const MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of a text as copies of one another share them: case, accents, quote-mark kinds,
 * apostrophes, dashes and punctuation do not count, so a wire story with straight quotes and
 * one with curly quotes give the same words.
 */
export function normalizeWords(text: string): string[] {
  let folded = text;
  // Decomposing and dropping accents is the slow part, and plain ASCII has nothing to fold.
  if (NON_ASCII.test(folded)) folded = folded.normalize('NFKD').replace(MARKS, '');
  folded = folded.replace(APOSTROPHES, '').replace(DIGIT_GROUPS, '$1').toLowerCase();
  return folded.match(WORD) ?? [];
}
