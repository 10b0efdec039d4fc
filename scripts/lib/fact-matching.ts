/**
 * Gold facts matched to system facts by their evidence. A system fact covers a gold evidence item
 * when one of its evidence items (those of its versions included) is in the same article and
 * overlaps the gold span. Each gold fact goes to the system fact covering most of its items (ties:
 * the smaller fact), provided it covers at least half of them.
 */
import type { Evidence, Fact } from '../../src/crosscheck/cross-check.js';
import type { GoldFact, GoldSpan } from './crosscheck-gold.js';
import { overlaps } from './locate-text.js';

export interface FactMatch {
  gold: GoldFact;
  /** The matched system fact, or null. */
  fact: Fact | null;
  /** The best-covering system fact even when it covers less than half (for --misses). */
  best: Fact | null;
  /** Gold evidence items covered by `best`. */
  covered: number;
}

export function allEvidence(fact: Fact): Evidence[] {
  return [...fact.evidence, ...(fact.versions ?? []).flatMap((v) => v.evidence)];
}

export function covers(evidence: readonly Evidence[], item: GoldSpan): boolean {
  return evidence.some(
    (e) => e.article === item.article && item.spans.some((span) => overlaps(e, span)),
  );
}

export function matchFacts(gold: readonly GoldFact[], facts: readonly Fact[]): FactMatch[] {
  // Facts by article, so that each gold fact looks only at facts with evidence in its articles.
  const byArticle = new Map<string, Set<number>>();
  const evidence = facts.map(allEvidence);
  evidence.forEach((items, i) => {
    for (const e of items) {
      let set = byArticle.get(e.article);
      if (!set) byArticle.set(e.article, (set = new Set()));
      set.add(i);
    }
  });
  return gold.map((goldFact) => {
    const candidates = new Set(
      goldFact.evidence.flatMap((g) => [...(byArticle.get(g.article) ?? [])]),
    );
    let best = -1;
    let bestCovered = 0;
    for (const i of candidates) {
      const covered = goldFact.evidence.filter((g) => covers(evidence[i]!, g)).length;
      if (
        covered > bestCovered ||
        (covered === bestCovered && covered > 0 && evidence[i]!.length < evidence[best]!.length)
      ) {
        best = i;
        bestCovered = covered;
      }
    }
    const bestFact = best >= 0 ? facts[best]! : null;
    return {
      gold: goldFact,
      fact: bestFact && bestCovered * 2 >= goldFact.evidence.length ? bestFact : null,
      best: bestFact,
      covered: bestCovered,
    };
  });
}
