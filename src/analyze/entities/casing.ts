import type { TextLayer } from '../../model/analysis.js';
import { hasLetter, startsLower, startsUpper } from '../text/char-class.js';
import type { WordUnit } from './word-units.js';
import { NAME_PARTICLES, NON_NAMES } from './word-lists.js';

/** Per-unit casing evidence: whether a capital letter means a name or only a sentence or headline start. */
export interface Casing {
  /** True when the unit's capital is evidence of a name. */
  nameLike: boolean[];
  /** True for lower-case particles that may sit inside a name ("de", "van", "bin"). */
  particle: boolean[];
}

/** True for "al-Assad", "el-Sisi", "bin-Salman": a lower-case particle glued to a capitalised name. */
function gluedParticle(unit: WordUnit): boolean {
  const dash = unit.text.indexOf('-');
  if (dash <= 0) return false;
  return NAME_PARTICLES.has(unit.lower.slice(0, dash)) && startsUpper(unit.text.slice(dash + 1));
}

export function casingOf(layer: TextLayer, units: WordUnit[]): Casing {
  const { tokens } = layer;
  // Words the article writes in lower case somewhere: a capitalised "Officials" at a sentence
  // start is then not a name.
  const lowerSeen = new Set<string>();
  for (const token of tokens) if (startsLower(token.text)) lowerSeen.add(token.text);

  const initial = new Uint8Array(tokens.length);
  let t = 0;
  for (const sentence of layer.sentences) {
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
    let k = t;
    while (k < tokens.length && tokens[k]!.pos === 'PUNCT' && tokens[k]!.end <= sentence.end) k++;
    if (k < tokens.length) initial[k] = 1;
  }
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!.text;
    if (
      prev === ':' ||
      prev === '"' ||
      prev === '“' ||
      prev === '‘' ||
      prev === '«' ||
      prev === '„' ||
      prev === '(' ||
      prev === '—'
    )
      initial[i] = 1;
  }

  const headline = headlineUnits(layer, units);
  // Capitalised forms the article uses where the capital means something (not after a full stop, not in a headline).
  const bodyCaps = new Set<string>();
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    if (!initial[unit.first] && !headline[u] && startsUpper(unit.text)) bodyCaps.add(unit.text);
  }
  const nameLike: boolean[] = new Array(units.length);
  const particle: boolean[] = new Array(units.length);
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    particle[u] = NAME_PARTICLES.has(unit.lower);
    const glued = gluedParticle(unit);
    if (!glued && (!startsUpper(unit.text) || !hasLetter(unit.text) || NON_NAMES.has(unit.lower))) {
      nameLike[u] = false;
      continue;
    }
    const token = tokens[unit.first]!;
    if (headline[u]) {
      nameLike[u] = glued || bodyCaps.has(unit.text);
    } else if (initial[unit.first]) {
      // A capital that the position explains: keep it only with other evidence.
      nameLike[u] =
        glued || bodyCaps.has(unit.text) || (token.pos === 'PROPN' && !lowerSeen.has(unit.lower));
    } else {
      nameLike[u] = true;
    }
  }
  return { nameLike, particle };
}

/** Marks units inside headline-case paragraphs (most words capitalised). */
function headlineUnits(layer: TextLayer, units: WordUnit[]): Uint8Array {
  const marks = new Uint8Array(units.length);
  let u = 0;
  for (const paragraph of layer.paragraphs) {
    while (u < units.length && units[u]!.start < paragraph.start) u++;
    let v = u;
    let words = 0;
    let caps = 0;
    while (v < units.length && units[v]!.end <= paragraph.end) {
      const unit = units[v]!;
      if (hasLetter(unit.text) && unit.text.length > 3) {
        words++;
        if (startsUpper(unit.text)) caps++;
      }
      v++;
    }
    // Headlines rarely end like a sentence; a sentence full of names does.
    const lastChar = layer.text[paragraph.end - 1] ?? '';
    const sentenceEnd = '.!?"”’'.includes(lastChar);
    const ratio = words > 0 ? caps / words : 0;
    if (words >= 3 && ((!sentenceEnd && ratio >= 0.6) || ratio >= 0.9))
      for (let k = u; k < v; k++) marks[k] = 1;
    u = v;
  }
  return marks;
}
