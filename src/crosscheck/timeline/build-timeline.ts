import type { Fact, TimelineEntry } from '../cross-check.js';

/** Entries a timeline keeps: the best-sourced dated facts, shown in date order. */
const MAX_ENTRIES = 40;

/** The story's dated facts in date order, each with its evidence; ties keep better-sourced first. */
export function buildTimeline(facts: Fact[]): TimelineEntry[] {
  const dated = facts.filter((fact): fact is Fact & { date: string } => fact.date !== null);
  // A sentence wording two facts (one corroborated, the rest of it single-source) is one entry.
  const seen = new Set<string>();
  const kept = [...dated]
    .sort((a, b) => b.sources - a.sources)
    .filter((fact) => !seen.has(fact.text) && seen.add(fact.text))
    .slice(0, MAX_ENTRIES);
  return kept
    .map((fact) => ({ fact, start: periodStart(fact.date) }))
    .sort(
      (a, b) =>
        a.start.localeCompare(b.start) ||
        a.fact.date.length - b.fact.date.length ||
        b.fact.sources - a.fact.sources,
    )
    .map(({ fact }) => fact)
    .map((fact) => ({
      date: fact.date,
      text: fact.text,
      fact: fact.id,
      status: fact.status,
      sources: fact.sources,
      evidence: fact.evidence,
    }));
}

/**
 * The first day of the period an ISO value names, for ordering: a year, a month, a week ("W23"),
 * a week's weekend ("W23-WE"), a day.
 */
export function periodStart(value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value);
  if (day) return day[0];
  const week = /^(\d{4})-W(\d{2})(-WE)?/.exec(value);
  if (week) {
    // ISO week 1 holds 4 January; its Monday starts the count.
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    const start = monday + ((Number(week[2]) - 1) * 7 + (week[3] ? 5 : 0)) * 86_400_000;
    return new Date(start).toISOString().slice(0, 10);
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${month[0]}-01`;
  const year = /^(\d{4})$/.exec(value);
  if (year) return `${year[1]}-01-01`;
  return value;
}
