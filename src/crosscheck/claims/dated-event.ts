/**
 * Happenings that take place once for what they are said of: a man dies on one day, a bridge
 * collapses on one day. Two reports that give such a happening different days disagree. ("Begin"
 * is not one: "crews began towing the ship on Wednesday" is not when the fire began.)
 */
const ONCE = new Set(['die', 'kill', 'collapse', 'explode', 'crash', 'resign', 'sink']);

/** A happening that takes place once, with the one day a claim gives it. */
export interface DatedEvent {
  /** The claim word of the verb ("begin"). */
  verb: string;
  /** ISO day. */
  day: string;
  /** The words that give the day ("on Tuesday"). */
  text: string;
}

/** The claim's once-only happening and its day, when it names one such verb and one day. */
export function datedEvent(
  predicates: readonly string[],
  times: ReadonlyArray<{ value: string; text: string }>,
): DatedEvent | null {
  const verb = predicates.find((word) => ONCE.has(word));
  if (!verb) return null;
  const days = times.filter((time) => time.value.length >= 10);
  const distinct = new Set(days.map((time) => time.value.slice(0, 10)));
  if (distinct.size !== 1) return null;
  return { verb, day: [...distinct][0]!, text: days[0]!.text };
}
