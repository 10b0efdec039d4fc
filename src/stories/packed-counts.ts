import { Buffer } from 'node:buffer';
import type { FeatureId } from './story.js';

/**
 * Feature counts packed in a string of UTF-16 units, in their order: per feature its id in two
 * units, then its count in one, or, when the count is not a whole number below 0xffff, a marker
 * and the count's 64 bits in four. A story keeps its profile, its representative's and its recent
 * articles' counts so: a string takes a fraction of a map's memory, reads faster in order, and the
 * garbage collector never looks inside it.
 */
export type PackedCounts = string;

const WIDE = 0xffff;
const floats = new Float64Array(1);
const units = new Uint16Array(floats.buffer);
/** Seven units is the most one entry takes. */
const ENTRY_UNITS = 7;

/**
 * Where entries are packed before they become a string: one buffer for every call, so that
 * packing (once or twice an article per story touched) leaves no garbage but the string.
 */
let codes = new Uint16Array(4096);
let bytes = Buffer.from(codes.buffer);
let filled = 0;

function put(id: FeatureId, count: number): void {
  if (filled + ENTRY_UNITS > codes.length) {
    const wider = new Uint16Array(codes.length * 2);
    wider.set(codes);
    codes = wider;
    bytes = Buffer.from(codes.buffer);
  }
  codes[filled++] = id & 0xffff;
  codes[filled++] = id >>> 16;
  if (Number.isInteger(count) && count >= 0 && count < WIDE) codes[filled++] = count;
  else {
    floats[0] = count;
    codes[filled++] = WIDE;
    for (let unit = 0; unit < 4; unit++) codes[filled++] = units[unit]!;
  }
}

export function packCounts(
  entries: ReadonlyMap<FeatureId, number> | Iterable<readonly [FeatureId, number]>,
): PackedCounts {
  filled = 0;
  // A map's own forEach reads it without an array per entry.
  if (entries instanceof Map) entries.forEach((count: number, id: FeatureId) => put(id, count));
  else for (const [id, count] of entries) put(id, count);
  // UTF-16 code units as they are, lone surrogates included (`ucs2` does not check them).
  return bytes.toString('ucs2', 0, 2 * filled);
}

/** Packs the first `length` entries of two columns, in the order `order` lists them, if given. */
export function packColumns(
  ids: ArrayLike<FeatureId>,
  counts: ArrayLike<number>,
  length: number,
  order?: readonly number[],
): PackedCounts {
  filled = 0;
  for (let rank = 0; rank < length; rank++) {
    const at = order ? order[rank]! : rank;
    put(ids[at]!, counts[at]!);
  }
  return bytes.toString('ucs2', 0, 2 * filled);
}

/** Calls `each` with every feature and its count, in order. */
export function forEachCount(
  packed: PackedCounts,
  each: (id: FeatureId, count: number) => void,
): void {
  let at = 0;
  while (at < packed.length) {
    const id = (packed.charCodeAt(at) | (packed.charCodeAt(at + 1) << 16)) >>> 0;
    let count = packed.charCodeAt(at + 2);
    at += 3;
    if (count === WIDE) {
      for (let unit = 0; unit < 4; unit++) units[unit] = packed.charCodeAt(at + unit);
      count = floats[0]!;
      at += 4;
    }
    each(id, count);
  }
}

/**
 * Reads the entry that starts at `at` into `entry` and says where the next one starts: a loop
 * over a profile without a call per entry (`for (let at = 0; at < packed.length; )`).
 */
export function readCount(
  packed: PackedCounts,
  at: number,
  entry: { id: FeatureId; count: number },
): number {
  entry.id = (packed.charCodeAt(at) | (packed.charCodeAt(at + 1) << 16)) >>> 0;
  const count = packed.charCodeAt(at + 2);
  if (count !== WIDE) {
    entry.count = count;
    return at + 3;
  }
  for (let unit = 0; unit < 4; unit++) units[unit] = packed.charCodeAt(at + 3 + unit);
  entry.count = floats[0]!;
  return at + 7;
}

export function unpackCounts(packed: PackedCounts): Map<FeatureId, number> {
  const counts = new Map<FeatureId, number>();
  forEachCount(packed, (id, count) => counts.set(id, count));
  return counts;
}
