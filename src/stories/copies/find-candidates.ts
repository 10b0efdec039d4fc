import type { CopyState } from './copy-state.js';

export interface CandidateEntry {
  /** Which query text found it: 0 the main text, 1… an earlier version. */
  queryPart: number;
  entry: number;
  /** Bands shared: a rough similarity, used to keep the most promising. */
  hits: number;
}

/**
 * The indexed entries that share at least one band key with a query text, the most shared
 * first (then the oldest entry), at most `limit`. Each bucket is capped, so the work is bounded by
 * bands × cap whatever the index holds.
 */
export function findCandidates(
  state: CopyState,
  queries: (Uint32Array | null)[],
  limit: number,
): CandidateEntry[] {
  const found: CandidateEntry[] = [];
  queries.forEach((keys, queryPart) => {
    if (!keys) return;
    const hits = new Map<number, number>();
    keys.forEach((key, band) => {
      for (const entry of state.bucket(band, key)) hits.set(entry, (hits.get(entry) ?? 0) + 1);
    });
    for (const [entry, count] of hits) found.push({ queryPart, entry, hits: count });
  });
  found.sort((a, b) => b.hits - a.hits || a.entry - b.entry || a.queryPart - b.queryPart);
  return found.slice(0, limit);
}
