/** Precision, recall and F1 of two sets of unordered pairs, each pair a key from `pairKey`. */
export interface PairScores {
  gold: number;
  system: number;
  both: number;
  precision: number;
  recall: number;
  f1: number;
}

/** One key for the unordered pair {a, b}. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Adds every pair of `items` whose `groupOf` differs (or every pair, without it) to `into`. */
export function addPairs(
  into: Set<string>,
  items: readonly string[],
  apart?: (a: string, b: string) => boolean,
): void {
  const unique = [...new Set(items)];
  for (let i = 0; i < unique.length; i++)
    for (let j = i + 1; j < unique.length; j++)
      if (!apart || apart(unique[i]!, unique[j]!)) into.add(pairKey(unique[i]!, unique[j]!));
}

export function pairScores(gold: ReadonlySet<string>, system: ReadonlySet<string>): PairScores {
  let both = 0;
  for (const pair of system) if (gold.has(pair)) both++;
  const precision = system.size ? both / system.size : 0;
  const recall = gold.size ? both / gold.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold: gold.size, system: system.size, both, precision, recall, f1 };
}

/** Adds the counts of `b` to `a` and recomputes the ratios (micro-average over stories). */
export function sumScores(a: PairScores, b: PairScores): PairScores {
  const gold = a.gold + b.gold;
  const system = a.system + b.system;
  const both = a.both + b.both;
  const precision = system ? both / system : 0;
  const recall = gold ? both / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, system, both, precision, recall, f1 };
}

export const NO_PAIRS: PairScores = { gold: 0, system: 0, both: 0, precision: 0, recall: 0, f1: 0 };
