import type { Claim } from '../claims/claim.js';

/** The date most of a fact's claims give, days before months before years; null when none. */
export function factDate(claims: Claim[]): string | null {
  const counts = new Map<string, number>();
  for (const claim of claims)
    for (const date of new Set(claim.dates.map((value) => value.slice(0, 10))))
      counts.set(date, (counts.get(date) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [date, count] of counts) {
    const better =
      count > bestCount ||
      (count === bestCount &&
        best !== null &&
        (date.length > best.length || (date.length === best.length && date < best)));
    if (better) {
      best = date;
      bestCount = count;
    }
  }
  return best;
}
