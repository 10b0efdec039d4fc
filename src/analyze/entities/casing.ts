import type { TextLayer } from '../../model/analysis.js';
import { hasLetter, startsLower, startsUpper } from '../text/char-class.js';
import { ScratchPool } from '../quotes/scratch.js';
import { FormMemo } from '../text/form-memo.js';
import { lowerOf, type WordUnit } from './word-units.js';
import { NAME_PARTICLES, NON_NAMES } from './word-lists.js';

/** Per-unit casing evidence: whether a capital letter means a name or only a sentence or headline start. */
/** Views into buffers reused by the next call: valid for one findEntities call. */
export interface Casing {
  /** 1 when the unit's capital is evidence of a name. */
  nameLike: Uint8Array;
}

/** True for "al-Assad", "el-Sisi", "bin-Salman": a lower-case particle glued to a capitalised name. */
function gluedParticle(text: string): boolean {
  const dash = text.indexOf('-');
  if (dash <= 0) return false;
  return NAME_PARTICLES.has(lowerOf(text).slice(0, dash)) && startsUpper(text.slice(dash + 1));
}

// What the casing pass asks of a unit's text, as bits of one byte.
const UPPER = 1;
/** Longer than three characters and starting with a letter or holding one: counts as a word. */
const WORD = 2;
const GLUED = 4;
/** Holds a letter and is no word that is capitalised without naming anything ("Monday"). */
const NAME_LIKE = 8;

function caseFlags(text: string): number {
  const isUpper = startsUpper(text);
  let flags = isUpper ? UPPER : 0;
  if (text.length > 3 && (isUpper || startsLower(text) || hasLetter(text))) flags |= WORD;
  if (text.length > 3 && gluedParticle(text)) flags |= GLUED;
  if (hasLetter(text) && !NON_NAMES.has(lowerOf(text))) flags |= NAME_LIKE;
  return flags;
}

const CASE_FLAGS = new FormMemo(caseFlags);

function flagsOf(unit: WordUnit): number {
  if (unit.form < 0) return caseFlags(unit.text);
  return CASE_FLAGS.get(unit.form) ?? CASE_FLAGS.learn(unit.form, unit.text);
}

/** True when the unit is a short particle that may sit inside a name ("de", "van", "bin"). */
export function isParticle(unit: WordUnit): boolean {
  return unit.text.length <= 5 && NAME_PARTICLES.has(unit.lower);
}

/** The entity layer's pool of reusable arrays. */
const entityScratch = new ScratchPool();

const SENTENCE_END = new Set(['.', '!', '?', '"', '”', '’']);

/**
 * One pass over the units for their case, then work only on the capitalised ones (a small share
 * of any text): the hot path of the entity pass.
 */
export function casingOf(layer: TextLayer, units: WordUnit[]): Casing {
  const { tokens, text } = layer;
  const n = units.length;
  const flags = entityScratch.bytes(5, n);
  for (let v = 0; v < n; v++) flags[v] = flagsOf(units[v]!);
  const upper = entityScratch.bytes(0, n);
  const headline = entityScratch.bytes(1, n);
  // Per paragraph: case of the units, and whether most words are capitalised (a headline).
  let u = 0;
  for (const paragraph of layer.paragraphs) {
    while (u < n && units[u]!.start < paragraph.start) u++;
    const from = u;
    let words = 0;
    let caps = 0;
    while (u < n && units[u]!.end <= paragraph.end) {
      const isUpper = (flags[u]! & UPPER) !== 0;
      if (isUpper) upper[u] = 1;
      if (flags[u]! & WORD) {
        words++;
        if (isUpper) caps++;
      }
      u++;
    }
    // Headlines rarely end like a sentence; a sentence full of names does.
    const sentenceEnd = SENTENCE_END.has(text[paragraph.end - 1] ?? '');
    const ratio = words > 0 ? caps / words : 0;
    if (
      words >= 3 &&
      ((!sentenceEnd && ratio >= 0.6) || ratio >= 0.9) &&
      !isCreditLine(text, paragraph.start, paragraph.end)
    )
      headline.fill(1, from, u);
  }
  for (; u < n; u++) if (flags[u]! & UPPER) upper[u] = 1;

  // Tokens whose capital the position explains: a sentence start, or after ( : “ ‘ « „ —.
  const sentenceStart = entityScratch.bytes(2, tokens.length);
  let t = 0;
  for (const sentence of layer.sentences) {
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
    let k = t;
    while (k < tokens.length && tokens[k]!.pos === 'PUNCT' && tokens[k]!.end <= sentence.end) k++;
    if (k < tokens.length) sentenceStart[k] = 1;
  }
  const initial = (first: number): boolean => {
    if (sentenceStart[first]) return true;
    const prev = tokens[first - 1]?.text;
    if (prev?.length !== 1) return false;
    const c = prev.charCodeAt(0);
    return (
      c === 58 || // :
      c === 34 || // "
      c === 40 || // (
      c === 0x201c || // “
      c === 0x2018 || // ‘
      c === 0xab || // «
      c === 0x201e || // „
      c === 0x2014 // —
    );
  };

  // Capitalised forms the article uses where the capital means something (not after a full stop, not in a headline).
  const bodyCaps = new Set<string>();
  const atStart = entityScratch.bytes(3, n);
  for (let v = 0; v < n; v++) {
    if (!upper[v]) continue;
    if (initial(units[v]!.first)) atStart[v] = 1;
    else if (!headline[v]) bodyCaps.add(units[v]!.text);
  }

  const nameLike = entityScratch.bytes(4, n);
  // Sentence-initial capitals that need the lower-case test, checked together at the end.
  let pending: number[] | null = null;
  for (let v = 0; v < n; v++) {
    const unit = units[v]!;
    // "al-Assad", "bin-Salman": a particle glued to a name.
    if (flags[v]! & GLUED) {
      nameLike[v] = 1;
      continue;
    }
    if (!upper[v] || !(flags[v]! & NAME_LIKE)) continue;
    const unitText = unit.text;
    if (headline[v]) {
      if (bodyCaps.has(unitText)) nameLike[v] = 1;
    } else if (atStart[v]) {
      // A capital that the position explains: keep it only with other evidence.
      if (bodyCaps.has(unitText)) nameLike[v] = 1;
      else if (tokens[unit.first]!.pos === 'PROPN') (pending ??= []).push(v);
    } else {
      nameLike[v] = 1;
    }
  }
  if (pending) {
    // Words the article writes in lower case somewhere: a capitalised "Officials" at a sentence
    // start is then not a name.
    const seen = new Map<string, boolean>();
    for (const v of pending) {
      const lower = units[v]!.lower;
      let found = seen.get(lower);
      if (found === undefined) {
        found = writtenLower(text, lower);
        seen.set(lower, found);
      }
      if (!found) nameLike[v] = 1;
    }
  }
  return { nameLike };
}

function isWordCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    (c >= 128 && c !== 0xa0)
  );
}

/** True when `word` (lower case) stands in the text as a word of its own, in lower case. */
function writtenLower(text: string, word: string): boolean {
  if (word.length === 0 || !startsLower(word)) return false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    const after = i + word.length < text.length ? text.charCodeAt(i + word.length) : 32;
    if (!isWordCode(before) && !isWordCode(after)) return true;
  }
  return false;
}

/** Labels of a credit line: "Source: Meridian Press Agency" names a body, it is no headline. */
const CREDIT_LABELS = new Set(['source', 'sources', 'via', 'credit', 'credits', 'photo', 'photos']);

function isCreditLine(text: string, start: number, end: number): boolean {
  const limit = Math.min(end, start + 12);
  for (let i = start; i < limit; i++) {
    if (text.charCodeAt(i) === 58)
      return CREDIT_LABELS.has(text.slice(start, i).trim().toLowerCase());
  }
  return false;
}
