import type { Quantity, TextLayer, Token } from '../../model/analysis.js';
import { lowerOf } from '../text/char-class.js';
import { FormMemo } from '../text/form-memo.js';
import { numberWordValue, numeralValue } from '../text/number-words.js';
import { WEEKDAYS } from '../times/time-words.js';
import { isArticleWord, NUMBER_STARTS, SCALES, VAGUE } from './number-words.js';

const APPROXIMATORS = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'some',
  'over',
  'estimated',
  'up',
  'least',
  'than',
  'under',
  'circa',
  'c.',
]);
const APPROXIMATOR_LEADS = new Set(['more', 'less', 'fewer', 'an', 'at', 'to']);
const CURRENCY_SIGNS: Record<string, string> = {
  '€': 'EUR',
  $: 'USD',
  '£': 'GBP',
  '¥': 'JPY',
  '₩': 'KRW',
};
const CURRENCY_WORDS: Record<string, string> = {
  euro: 'EUR',
  euros: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  pound: 'GBP',
  pounds: 'GBP',
  yen: 'JPY',
  won: 'KRW',
};
const PERCENT = new Set(['%', 'percent', 'per cent']);
// Words that make a number part of a date or a clock time, which the time layer owns.
const TIME_WORDS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|a\.m\.|p\.m\.|am|pm|gmt|utc|bst|cet)$/i;
const UNIT_BREAK = new Set([
  'ADP',
  'VERB',
  'AUX',
  'PUNCT',
  'CCONJ',
  'SCONJ',
  'PRON',
  'DET',
  'PART',
  'NUM',
  'SYM',
  'ADV',
  'INTJ',
]);
const MAX_UNIT_WORDS = 4;
// Verbs and participles that can stand for what is counted ("15 dead", "3 missing", "2 killed");
// any other verb right after a number is what the sentence says of it ("Officer 1 said").
const CASUALTY_WORDS = new Set([
  'dead',
  'died',
  'injured',
  'wounded',
  'killed',
  'missing',
  'hurt',
  'drowned',
  'trapped',
  'stranded',
  'evacuated',
  'rescued',
  'arrested',
  'detained',
  'displaced',
  'hospitalised',
  'hospitalized',
  'sickened',
  'infected',
]);
// Nouns after which a number is still a count ("in total 40", "this week 300 workers", "by
// noon 90 remain", "on Tuesday 40 waited").
const NOT_LABELS = new Set([
  ...Object.keys(WEEKDAYS),
  'today',
  'tonight',
  'yesterday',
  'morning',
  'afternoon',
  'evening',
  'night',
  'noon',
  'midnight',
  'weekend',
  'hour',
  'hours',
  'minute',
  'minutes',
  'total',
  'toll',
  'tally',
  'count',
  'number',
  'figure',
  'score',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'time',
  'times',
]);

interface NumberRead {
  value: number;
  /** Index of the first and one past the last token of the number. */
  first: number;
  next: number;
  vague: boolean;
}

/** Cheap first test: only digits and number words can start a number. */
function mayStartNumber(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 48 && code <= 57) || NUMBER_STARTS.has(lowerOf(text));
}

const NUMBER_START_FORMS = new FormMemo(mayStartNumber);

function readNumber(tokens: Token[], i: number): NumberRead | null {
  const token = tokens[i]!;
  const lower = token.text.toLowerCase();
  if (isArticleWord(lower)) {
    // "a million", "a dozen": the article is the number one (a dozen, twelve).
    const after = tokens[i + 1] ? lowerOf(tokens[i + 1]!.text) : undefined;
    if (after === 'dozen') return { value: 12, first: i, next: i + 2, vague: false };
    if (after === undefined || !(after in SCALES)) return null;
  }
  if (lower in VAGUE && tokens[i + 1]?.text.toLowerCase() === 'of') {
    // "tens of millions of shells": a vague count of a scale.
    const scale = tokens[i + 2] ? VAGUE[tokens[i + 2]!.text.toLowerCase()] : undefined;
    if (scale && tokens[i + 3]?.text.toLowerCase() === 'of')
      return { value: VAGUE[lower]! * scale, first: i, next: i + 4, vague: true };
    return { value: VAGUE[lower]!, first: i, next: i + 2, vague: true };
  }
  // An article word standing before a scale counts one.
  let value = isArticleWord(lower) ? 1 : (numeralValue(token.text) ?? numberWordValue(token.text));
  if (value === null) return null;
  let next = i + 1;
  // wink splits "twenty-five" into three tokens.
  const compound =
    tokens[i + 2] &&
    tokens[i + 1]?.text === '-' &&
    tokens[i + 2]!.start === tokens[i + 1]!.end &&
    tokens[i + 1]!.start === token.end
      ? numberWordValue(`${lower}-${tokens[i + 2]!.text.toLowerCase()}`)
      : null;
  if (compound !== null) {
    value = compound;
    next = i + 3;
  }
  while (
    tokens[next] &&
    tokens[next]!.text.toLowerCase() in SCALES &&
    tokens[next]!.start - tokens[next - 1]!.end <= 1
  ) {
    value *= SCALES[tokens[next]!.text.toLowerCase()]!;
    next++;
  }
  return { value, first: i, next, vague: false };
}

function isNoCount(tokens: Token[], read: NumberRead): boolean {
  const before = tokens[read.first - 1]?.text ?? '';
  const after = tokens[read.next]?.text ?? '';
  if (TIME_WORDS.test(before) || TIME_WORDS.test(after) || after === ':') return true;
  // Ages and other compounds ("a 45-year-old", "a 10-day strike") describe, they do not count.
  if (after === '-' && tokens[read.next]!.start === tokens[read.next - 1]!.end) return true;
  const value = read.value;
  // A bare four-digit year ("in 2031", "since 1998").
  return (
    read.next === read.first + 1 &&
    Number.isInteger(value) &&
    value >= 1800 &&
    value <= 2200 &&
    /^\d{4}$/.test(tokens[read.first]!.text)
  );
}

/**
 * A bare numeral right after a noun that names a thing by its number ("Officer 1", "berth 4",
 * "Gate 3", "route 42"), when no counted noun follows it.
 */
function isLabel(tokens: Token[], read: NumberRead): boolean {
  const number = tokens[read.first]!;
  const before = tokens[read.first - 1];
  if (!before || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return false;
  if (number.start - before.end > 1 || read.next !== read.first + 1) return false;
  return /^\d+$/.test(number.text) && !NOT_LABELS.has(lowerOf(before.text));
}

/** The words after a number that say what it counts: "ballistic missiles", "dock workers", "seconds". */
function unitAfter(
  text: string,
  tokens: Token[],
  from: number,
): { unit: string | null; end: number; next: number } {
  let next = from;
  if (tokens[next] && CURRENCY_WORDS[tokens[next]!.text.toLowerCase()]) {
    return {
      unit: CURRENCY_WORDS[tokens[next]!.text.toLowerCase()]!,
      end: tokens[next]!.end,
      next: next + 1,
    };
  }
  if (tokens[next] && PERCENT.has(tokens[next]!.text.toLowerCase()))
    return { unit: '%', end: tokens[next]!.end, next: next + 1 };
  if (
    tokens[next]?.text.toLowerCase() === 'per' &&
    tokens[next + 1]?.text.toLowerCase() === 'cent'
  ) {
    return { unit: '%', end: tokens[next + 1]!.end, next: next + 2 };
  }
  const startAt = next;
  // "12 people were injured", "15 dead": an adjective, a casualty participle ("3 missing") or
  // a participle before a noun ("two firefighting tugs") can start what is counted.
  while (next < tokens.length && next - startAt < MAX_UNIT_WORDS) {
    const token = tokens[next]!;
    if (next === startAt && token.pos === 'VERB') {
      const lower = lowerOf(token.text);
      if (CASUALTY_WORDS.has(lower)) {
        next++;
        break;
      }
      if (/(?:ing|ed)$/.test(lower) && tokens[next + 1]?.pos === 'NOUN') {
        next++;
        continue;
      }
      break;
    }
    const hyphenated = token.text === '-' && next > startAt;
    if (!hyphenated && UNIT_BREAK.has(token.pos)) break;
    next++;
  }
  if (next === startAt) return { unit: null, end: tokens[from - 1]!.end, next: from };
  const end = tokens[next - 1]!.end;
  return { unit: text.slice(tokens[startAt]!.start, end), end, next };
}

/**
 * Numbers with their unit and what they count, as outlets give them ("1,200 dock workers",
 * "about 40 seconds", "tens of millions of shells", "€3 million"). Years, dates and clock
 * times are left to the time layer.
 */
export function findQuantities(text: string, layer: TextLayer): Quantity[] {
  const { tokens, forms } = layer;
  const quantities: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const form = forms[i]!;
    if (!(NUMBER_START_FORMS.get(form) ?? NUMBER_START_FORMS.learn(form, tokens[i]!.text)))
      continue;
    const read = readNumber(tokens, i);
    if (!read || !Number.isFinite(read.value) || isNoCount(tokens, read)) continue;
    let first = read.first;
    let approximate = read.vague;
    let unit: string | null = null;
    const sign = tokens[first - 1] ? CURRENCY_SIGNS[tokens[first - 1]!.text] : undefined;
    if (sign) {
      first--;
      unit = sign;
    }
    for (let back = first - 1; back >= Math.max(0, first - 3); back--) {
      const word = tokens[back]!.text.toLowerCase();
      if (APPROXIMATORS.has(word)) {
        approximate = true;
        first = back;
      } else if (APPROXIMATOR_LEADS.has(word)) {
        // "more than", "at least", "an estimated": the lead word belongs to the approximator after it.
        if (approximate && first === back + 1) first = back;
      } else {
        break;
      }
    }
    const after = unitAfter(text, tokens, read.next);
    if (!sign && !approximate && after.unit === null && isLabel(tokens, read)) {
      i = Math.max(i, read.next - 1);
      continue;
    }
    if (!unit) unit = after.unit;
    else if (after.unit === '%' || (after.unit && CURRENCY_WORDS[after.unit.toLowerCase()]))
      unit = after.unit;
    const end =
      unit === sign && after.unit && !CURRENCY_WORDS[after.unit.toLowerCase()]
        ? tokens[read.next - 1]!.end
        : after.end;
    const start = tokens[first]!.start;
    quantities.push({
      start,
      end,
      text: text.slice(start, end),
      value: read.value,
      unit,
      approximate,
    });
    i = Math.max(i, read.next - 1);
  }
  return quantities;
}
