import type { Candidate } from './time-candidate.js';

/**
 * Where candidates overlap, keeps the longest ("10 p.m. Wednesday" over "Wednesday"), then any
 * that still fit; returns them in text order. Overlaps are resolved within each run of chained
 * overlapping candidates, which stays small however long the text is.
 */
export function keepLongest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let run: Candidate[] = [];
  let runEnd = -1;
  const flush = (): void => {
    if (run.length === 1) {
      kept.push(run[0]!);
      run = [];
      return;
    }
    const chosen: Candidate[] = [];
    for (const candidate of [...run].sort(
      (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
    )) {
      if (chosen.every((c) => c.end <= candidate.start || c.start >= candidate.end))
        chosen.push(candidate);
    }
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    run = [];
  };
  for (const candidate of sorted) {
    if (candidate.start >= runEnd && run.length > 0) flush();
    run.push(candidate);
    runEnd = Math.max(runEnd, candidate.end);
  }
  if (run.length > 0) flush();
  return kept;
}
