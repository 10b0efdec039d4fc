import type { Claim } from '../claims/claim.js';

/** A time value at calendar granularity: the day of a date-time, a week or month as given. */
const calendarDate = (value: string) => /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? value;

/**
 * The date most of a fact's claims give, days before months before years; null when none. When
 * the sentence that words the fact gives dates, the fact's date is one of them: its text tells
 * of that day ("crews began towing the ship on Wednesday"), whatever day its matches name.
 */
export function factDate(claims: Claim[], wording?: Claim): string | null {
  const own = new Set(wording?.dates.map(calendarDate) ?? []);
  const counts = new Map<string, number>();
  for (const claim of claims)
    for (const date of new Set(claim.dates.map(calendarDate)))
      if (own.size === 0 || own.has(date)) counts.set(date, (counts.get(date) ?? 0) + 1);
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
