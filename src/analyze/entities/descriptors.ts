import { startsLower } from '../text/char-class.js';
import type { TextLayer } from '../../model/analysis.js';
import { NAME_PARTICLES, ROLE_NOUNS } from './word-lists.js';

const STOP_WORDS = new Set([
  'said',
  'says',
  'say',
  'told',
  'added',
  'who',
  'which',
  'and',
  'but',
  'when',
  'while',
  'as',
]);
const QUOTE_CHARS = '"“”‘’«»„\'';

/**
 * The role written just before a name in lower case: "union spokeswoman Ana Duarte" gives
 * "union spokeswoman". `first` is the name's first token.
 */
export function roleBefore(layer: TextLayer, first: number, last = first): string | null {
  const { tokens, text } = layer;
  // "Portugal's prime minister, Henrique Sarmento, toured": the name in apposition to a role.
  const after = tokens[last + 1];
  const apposed =
    tokens[first - 1]?.text === ',' &&
    (!after || after.text === ',' || after.text === '.' || after.text === ';');
  const end = apposed ? first - 2 : first - 1;
  const head = tokens[end];
  if (!head || !ROLE_NOUNS.has(head.text.toLowerCase()) || !startsLower(head.text)) return null;
  let from = end;
  while (from - 1 >= 0 && end - from < 4) {
    const t = tokens[from - 1]!;
    if (!startsLower(t.text) || (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN')) break;
    from--;
  }
  if (apposed) {
    // Only a noun phrase of its own: "the mayor,", "Portugal's prime minister,".
    const before = tokens[from - 1];
    const owner = before?.text === "'s" || before?.text === '’s';
    const ownerPos = tokens[from - 2]?.pos;
    if (owner && (ownerPos === 'PROPN' || ownerPos === 'NOUN')) {
      from -= 2;
      if (tokens[from - 1]?.pos === 'DET') from--;
    } else if (before && before.pos !== 'DET') return null;
  }
  return text.slice(tokens[from]!.start, head.end);
}

/**
 * The appositive after a name: "Marta Cruz, a research fellow at the Lisbon Institute, said"
 * gives "a research fellow at the Lisbon Institute". `last` is the name's last token.
 */
export function appositiveAfter(
  layer: TextLayer,
  last: number,
  sentenceEnd: number,
): string | null {
  const { tokens, text } = layer;
  let i = last + 1;
  if (tokens[i]?.text !== ',') return null;
  i++;
  // An age between commas: "Ana Duarte, 54, a nurse".
  if (tokens[i]?.pos === 'NUM' && tokens[i + 1]?.text === ',') i += 2;
  const first = tokens[i];
  if (!first || first.start >= sentenceEnd) return null;
  const lower = first.text.toLowerCase();
  const startsWell =
    first.pos === 'DET' ||
    ROLE_NOUNS.has(lower) ||
    ((first.pos === 'ADJ' || first.pos === 'NOUN') && startsLower(first.text));
  if (
    !startsWell ||
    NAME_PARTICLES.has(lower) ||
    lower === 'this' ||
    lower === 'that' ||
    lower === 'these' ||
    lower === 'those'
  )
    return null;
  let end = i;
  let hasNoun = false;
  while (end < tokens.length && end - i < 20) {
    const t = tokens[end]!;
    if (t.start >= sentenceEnd) break;
    if (isPossessiveMark(tokens, end)) {
      end++;
      continue;
    }
    if (
      t.pos === 'PUNCT' &&
      (t.text === ',' ||
        t.text === ';' ||
        t.text === '.' ||
        t.text === '(' ||
        t.text === ')' ||
        t.text === ':' ||
        t.text === '—' ||
        QUOTE_CHARS.includes(t.text))
    )
      break;
    if (t.pos === 'VERB' || t.pos === 'AUX' || STOP_WORDS.has(t.text.toLowerCase())) {
      // A participle inside the phrase ("a group based in Porto") is fine; a finite verb ends it.
      if (!(t.pos === 'VERB' && /(?:ed|ing)$/.test(t.text) && hasNoun)) break;
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN') hasNoun = true;
    end++;
  }
  if (!hasNoun || end === i) return null;
  return text.slice(first.start, tokens[end - 1]!.end);
}

/** True for the apostrophe of a plural possessive ("the Tagus Dockworkers' Union"), not a quote mark. */
function isPossessiveMark(tokens: TextLayer['tokens'], i: number): boolean {
  const t = tokens[i]!;
  if (t.text !== "'" && t.text !== '’') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || prev.end !== t.start || next.start === t.end) return false;
  const c = prev.text.charCodeAt(prev.text.length - 1);
  return c === 115 || c === 83;
}
