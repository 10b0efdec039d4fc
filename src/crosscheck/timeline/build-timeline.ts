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
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : b.sources - a.sources))
    .map((fact) => ({
      date: fact.date,
      text: fact.text,
      fact: fact.id,
      status: fact.status,
      sources: fact.sources,
      evidence: fact.evidence,
    }));
}
