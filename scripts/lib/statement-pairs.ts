/**
 * Aligned statements against gold statements, as pairs of quotes. Gold pairs: every pair of
 * quotes of one gold statement. System pairs: every pair of wordings of one system statement,
 * counting only wordings that overlap some gold statement quote. A system pair is right when its
 * two wordings overlap two different quotes of one gold statement; a gold pair is found when some
 * system statement has two different wordings overlapping its two quotes.
 */
import type { Statement, StatementWording } from '../../src/crosscheck/cross-check.js';
import type { GoldSpan, GoldStatement } from './crosscheck-gold.js';
import { overlaps } from './locate-text.js';

const touches = (w: StatementWording, q: GoldSpan) =>
  w.article === q.article && q.spans.some((span) => overlaps(w, span));

export interface StatementScores {
  goldPairs: number;
  systemPairs: number;
  rightPairs: number;
  foundPairs: number;
  precision: number;
  recall: number;
  f1: number;
  /** Gold statements whose best-overlapping system statement names the speaker. */
  speakersRight: number;
  /** Gold statements that some system statement overlaps. */
  matched: number;
  misses: string[];
}

export function scoreStatements(
  gold: readonly GoldStatement[],
  system: readonly Statement[],
): StatementScores {
  const misses: string[] = [];
  let goldPairs = 0;
  let foundPairs = 0;
  let systemPairs = 0;
  let rightPairs = 0;
  for (const g of gold)
    for (let a = 0; a < g.quotes.length; a++)
      for (let b = a + 1; b < g.quotes.length; b++) {
        goldPairs++;
        const [qa, qb] = [g.quotes[a]!, g.quotes[b]!];
        const found = system.some((s) =>
          s.wordings.some(
            (wa, i) => touches(wa, qa) && s.wordings.some((wb, j) => j !== i && touches(wb, qb)),
          ),
        );
        if (found) foundPairs++;
        else
          misses.push(
            `statement pair of ${g.speaker} not aligned: “${qa.text.slice(0, 50)}” / “${qb.text.slice(0, 50)}”`,
          );
      }
  const inGold = (w: StatementWording) => gold.some((g) => g.quotes.some((q) => touches(w, q)));
  for (const s of system) {
    const judged = s.wordings.filter(inGold);
    for (let a = 0; a < judged.length; a++)
      for (let b = a + 1; b < judged.length; b++) {
        systemPairs++;
        const [wa, wb] = [judged[a]!, judged[b]!];
        const right = gold.some((g) =>
          g.quotes.some(
            (qa, i) => touches(wa, qa) && g.quotes.some((qb, j) => j !== i && touches(wb, qb)),
          ),
        );
        if (right) rightPairs++;
        else
          misses.push(
            `wrong statement pair (${s.speaker}): “${wa.text.slice(0, 50)}” / “${wb.text.slice(0, 50)}”`,
          );
      }
  }
  let speakersRight = 0;
  let matched = 0;
  for (const g of gold) {
    const best = system
      .map((s) => ({ s, n: s.wordings.filter((w) => g.quotes.some((q) => touches(w, q))).length }))
      .filter((m) => m.n > 0)
      .sort((a, b) => b.n - a.n)[0];
    if (!best) {
      misses.push(`gold statement of ${g.speaker}: no system statement`);
      continue;
    }
    matched++;
    const [ours, theirs] = [best.s.speaker.toLowerCase(), g.speaker.toLowerCase()];
    if (ours.includes(theirs) || theirs.includes(ours)) speakersRight++;
    else misses.push(`speaker of ${g.speaker}'s statement: ${best.s.speaker}`);
  }
  const precision = systemPairs ? rightPairs / systemPairs : 0;
  const recall = goldPairs ? foundPairs / goldPairs : 0;
  return {
    goldPairs,
    systemPairs,
    rightPairs,
    foundPairs,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    speakersRight,
    matched,
    misses,
  };
}
