import type { Quote } from '../../model/analysis.js';

/**
 * Quoted words inside an indirect quote are that speaker's words: `said his ministry would "not
 * take sides" and wanted an agreement "by the end of June"`. A partial quote found with no cue
 * or no speaker takes the cue and speaker of the reported clause around it; uncued quoted words
 * outside any reported clause (titles, scare quotes) are dropped. Returns the partial quotes
 * kept from `uncued`. Both lists are sorted by start.
 */
export function partialsInReportedSpeech(
  direct: Quote[],
  uncued: Quote[],
  indirect: Quote[],
): Quote[] {
  const kept: Quote[] = [];
  for (const quote of direct) {
    if (quote.kind !== 'partial' || (quote.speaker?.name && quote.cue)) continue;
    const around = enclosing(indirect, quote);
    if (around?.speaker) adopt(quote, around);
  }
  for (const quote of uncued) {
    const around = enclosing(indirect, quote);
    if (!around) continue;
    adopt(quote, around);
    kept.push(quote);
  }
  return kept;
}

function adopt(quote: Quote, from: Quote): void {
  quote.cue = from.cue;
  quote.cueSpan = from.cueSpan;
  quote.speaker = from.speaker;
}

/** The indirect quote whose span holds `quote`, by binary search over starts. */
function enclosing(indirect: Quote[], quote: Quote): Quote | null {
  let lo = 0;
  let hi = indirect.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (indirect[mid]!.start <= quote.start) lo = mid + 1;
    else hi = mid;
  }
  // Indirect quotes of one article do not nest, so the last one starting before is the only one.
  const candidate = indirect[lo - 1];
  return candidate && quote.start < candidate.end && quote.end <= candidate.end + 2
    ? candidate
    : null;
}
