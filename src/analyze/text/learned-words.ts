/**
 * Which of the words wink-nlp learns from a document it may keep for the next ones: those it
 * tokenises and tags the same whether it knows them or not. Read from wink 2.4's tokenizer and its
 * English model's patterns; `readFresh`'s test checks them against wink's own behaviour.
 */

// wink's patterns for a word take these letters: a token of them alone is the same word token,
// with the same features, whether wink knows it or not ...
const PLAIN_WORD = /^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+$/i;
// ... except the currency codes its splitting patterns cut out of longer tokens ("USD-backed").
const CURRENCY_CODE = /^(?:usd|aud|inr|gbp)$/i;
// Initials and abbreviations ("J.", "U.S."): wink keeps them whole known or not.
const SHORT_FORM = /^(?:[a-z]\.)+$/i;
// Likewise a number ("400", "2,300", "1:30", "9/11"), except after a stop inside a word (see
// `cutsNumberAsWord`).
const NUMBER = /^\d+(?:[.,:/-]\d+)*$/;
// The only capitals outside those letters whose lower case is made of them ("ẞ", the kelvin and
// ångström signs): wink learns a token's lower case with it, as the same kind of token, so a text
// with one may teach it a plain word as something else.
const ODD_CAPITAL = /[\u1E9E\u212A\u212B]/;

export type Learning = 'words and numbers' | 'words' | 'nothing';

/** What wink may keep of what it learns from `text`, and what it must forget before reading it. */
export function learningFrom(text: string): Learning {
  if (ODD_CAPITAL.test(text)) return 'nothing';
  return cutsNumberAsWord(text) ? 'words' : 'words and numbers';
}

/** Whether wink reads a word the same known or not, whatever the text. */
export function isKeptWord(word: string): boolean {
  return (PLAIN_WORD.test(word) && !CURRENCY_CODE.test(word)) || SHORT_FORM.test(word);
}

/** Whether wink reads a word the same known or not, unless the text `cutsNumberAsWord`. */
export function isNumber(word: string): boolean {
  return NUMBER.test(word);
}

/**
 * Whether the text has a stop followed by a digit inside a word ("No.400", "v2.5"): wink splits
 * such a word at its stops and learns the number after one as a word, unless it knows it already.
 */
function cutsNumberAsWord(text: string): boolean {
  // Where the last look back started: the word up to it has no letter ("1.2.3.4" is read once).
  let looked = -1;
  for (let stop = text.indexOf('.'); stop !== -1; stop = text.indexOf('.', stop + 1)) {
    if (!isDigit(text.charCodeAt(stop + 1))) continue;
    // wink's word pattern: a letter, then letters, digits, marks and .-–'’& up to the stop.
    for (let i = stop - 1; i > looked && inWord(text.charCodeAt(i)); i--)
      if (isLetter(text.charCodeAt(i))) return true;
    looked = stop;
  }
  return false;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLetter(code: number): boolean {
  const lower = code | 0x20;
  return (
    (lower >= 0x61 && lower <= 0x7a) ||
    (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7)
  );
}

// Besides letters, digits and marks, what wink's word pattern takes inside a word.
const WORD_PUNCTUATION = new Set([...".-–'’&"].map((char) => char.charCodeAt(0)));

function inWord(code: number): boolean {
  return (
    isLetter(code) ||
    isDigit(code) ||
    (code >= 0x300 && code <= 0x36f) ||
    code === 0x2060 ||
    WORD_PUNCTUATION.has(code)
  );
}
