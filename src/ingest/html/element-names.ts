/**
 * What an element's `class` and `id` say about it, in two forms: lower-case words
 * (`shareButtons post_meta` gives share, buttons, post, meta) and the same words run together
 * (`sharebuttonspostmeta`), so that both short exact words and longer compounds can be matched.
 */
export interface ElementNames {
  words: Set<string>;
  joined: string;
}

const EMPTY: ElementNames = { words: new Set(), joined: '' };

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isLowerOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

export function elementNames(element: Element): ElementNames {
  const raw = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (raw.length === 1) return EMPTY;
  const words = new Set<string>();
  let word = '';
  let joined = '';
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (isUpper(code)) {
      // camelCase starts a new word unless it continues a run of capitals.
      if (word && !isUpper(raw.charCodeAt(i - 1))) {
        words.add(word);
        word = '';
      }
      word += String.fromCharCode(code + 32);
    } else if (isLowerOrDigit(code)) {
      word += raw[i];
    } else {
      if (word) words.add(word);
      word = '';
      continue;
    }
    joined += word.slice(-1);
  }
  if (word) words.add(word);
  return { words, joined };
}

/** The first of the words that is one of `exact`, else the first of `parts` in the run-together names. */
export function namesMatch(
  names: ElementNames,
  exact: ReadonlySet<string>,
  parts: readonly string[],
): string | null {
  for (const word of names.words) if (exact.has(word)) return word;
  for (const part of parts) if (names.joined.includes(part)) return part;
  return null;
}
