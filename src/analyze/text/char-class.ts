// Letter-case tests on the first character, fast for ASCII (most news text) and exact for the
// rest: a Unicode property regex per token was the hottest line of the entity pass.
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const LETTER = /\p{L}/u;

export function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(text);
}

export function startsLower(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return LOWER.test(text);
}

export function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return LETTER.test(text.slice(i));
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  }
  return false;
}

/** Lower case without a new string for words already in lower case (most of them). */
export function lowerOf(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return text.toLowerCase();
  }
  return text;
}
