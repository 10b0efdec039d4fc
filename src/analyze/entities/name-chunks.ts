import type { TextLayer } from '../../model/analysis.js';
import { isParticle, type Casing } from './casing.js';
import type { WordUnit } from './word-units.js';
import { isPlace } from './places.js';
import { ORG_CONNECTORS, ORG_HEADS, ORG_WORDS, TITLE_ABBREVIATIONS } from './word-lists.js';

/** A run of capitalised words (with particles and, in organisation names, connectors). */
export interface Chunk {
  /** Unit indices, inclusive. */
  first: number;
  last: number;
}

function hasOrgWord(units: WordUnit[], first: number, last: number): boolean {
  for (let u = first; u <= last; u++) if (ORG_WORDS.has(units[u]!.lower)) return true;
  return false;
}

/** Index of the last unit of the capitalised run starting at `u`, or -1 when `u` is not capitalised. */
function capitalisedRun(units: WordUnit[], casing: Casing, text: string, u: number): number {
  if (u >= units.length || !casing.nameLike[u]) return -1;
  let last = u;
  while (last + 1 < units.length && casing.nameLike[last + 1] && adjacent(units, text, last))
    last++;
  return last;
}

/** True when units `u` and `u + 1` are separated by spaces only (no line break). */
function adjacent(units: WordUnit[], text: string, u: number): boolean {
  const a = units[u]!;
  const b = units[u + 1]!;
  if (b.start === a.end) return false;
  for (let i = a.end; i < b.start; i++) if (text.charCodeAt(i) === 10) return false;
  return true;
}

export function nameChunks(layer: TextLayer, units: WordUnit[], casing: Casing): Chunk[] {
  const chunks: Chunk[] = [];
  const text = layer.text;
  let u = 0;
  while (u < units.length) {
    let last = capitalisedRun(units, casing, text, u);
    if (last < 0) {
      u++;
      continue;
    }
    const first = u;
    for (;;) {
      const joined = possessiveOrDot(units, casing, text, first, last);
      if (joined >= 0) {
        last = joined;
        continue;
      }
      // A particle joins two capitalised runs: "Ricardo de Souza", "Ludwig van Dijk".
      const next = last + 1;
      if (
        next < units.length &&
        isParticle(units[next]!) &&
        adjacent(units, text, last) &&
        adjacent(units, text, next)
      ) {
        const run = capitalisedRun(units, casing, text, next + 1);
        if (run >= 0) {
          last = run;
          continue;
        }
      }
      // Connectors only inside organisation names: "Ministry of Labour", "Ministry of the Interior".
      if (
        next < units.length &&
        ORG_CONNECTORS.has(units[next]!.lower) &&
        adjacent(units, text, last)
      ) {
        let after = next + 1;
        if (
          units[next]!.lower === 'of' &&
          after < units.length &&
          units[after]!.lower === 'the' &&
          adjacent(units, text, next)
        )
          after++;
        if (adjacent(units, text, after - 1)) {
          const run = capitalisedRun(units, casing, text, after);
          const connector = units[next]!.lower;
          const orgBefore = hasOrgWord(units, first, last);
          const okConnector =
            connector === 'and' ? orgBefore && hasConnector(units, first, last) : orgBefore;
          if (run >= 0 && okConnector) {
            last = run;
            continue;
          }
        }
      }
      break;
    }
    chunks.push({ first, last });
    u = last + 1;
  }
  return chunks;
}

function hasConnector(units: WordUnit[], first: number, last: number): boolean {
  for (let u = first; u <= last; u++) {
    const w = units[u]!.lower;
    if (w === 'of' || w === 'for') return true;
  }
  return false;
}

/** True for a one-character apostrophe token: ' or ’. */
function isApostrophe(unit: WordUnit): boolean {
  if (unit.text.length !== 1) return false;
  const c = unit.text.charCodeAt(0);
  return c === 39 || c === 0x2019;
}

/** True for a possessive "'s" / "’s" unit. */
function isPossessiveS(unit: WordUnit): boolean {
  if (unit.text.length !== 2) return false;
  const c = unit.text.charCodeAt(0);
  const s = unit.text.charCodeAt(1);
  return (c === 39 || c === 0x2019) && (s === 115 || s === 83);
}

/**
 * The last unit of a name continued across a possessive inside an organisation's name ("Tagus
 * Dockworkers' Union", "Children's Hospital") or across the dot of a title abbreviation ("Rear
 * Adm. Lee"); -1 when the name does not go on.
 */
function possessiveOrDot(
  units: WordUnit[],
  casing: Casing,
  text: string,
  first: number,
  last: number,
): number {
  const mark = units[last + 1];
  if (!mark || mark.start !== units[last]!.end) return -1;
  const before = units[last]!;
  if (mark.text === '.') {
    if (!TITLE_ABBREVIATIONS.has(before.lower) || !adjacent(units, text, last + 1)) return -1;
    return capitalisedRun(units, casing, text, last + 2);
  }
  const plural = isApostrophe(mark);
  if (!plural && !isPossessiveS(mark)) return -1;
  if (plural) {
    const c = before.text.charCodeAt(before.text.length - 1);
    if (c !== 115 && c !== 83) return -1;
  }
  if (!adjacent(units, text, last + 1)) return -1;
  const run = capitalisedRun(units, casing, text, last + 2);
  if (run < 0) return -1;
  const head = units[run]!.lower;
  if (plural) {
    // "Dockworkers' Union", "Shippers' Forum": the run after names the body.
    if (!ORG_HEADS.has(head) && !hasOrgWord(units, last + 2, run)) return -1;
    return run;
  }
  // "Children's Hospital", not "Norway's Halvorsen Lines".
  if (run !== last + 2 || !ORG_WORDS.has(head)) return -1;
  if (isPlace(text.slice(units[first]!.start, before.end))) return -1;
  return run;
}
