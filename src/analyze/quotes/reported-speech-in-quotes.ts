import type { Quote } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';
import { isSpeechCue } from './cues.js';
import { indirectQuotes } from './indirect-quotes.js';
import type { SpeakerContext } from './speaker.js';

const THIRD_PERSON = new Set(['he', 'she', 'they']);

/**
 * Reported speech inside a direct quote: `"She said she had seen the river come up before,"
 * he said` quotes her through him. Inside its own marks a direct quote is running text, so its
 * reporting clauses are read like any other. Spoken text is loose, so only a verb of saying
 * with a named speaker or a he, she or they counts ("I said", "you think" repeat the speaker).
 */
export function reportedSpeechInQuotes(direct: Quote[], ctx: SpeakerContext): Quote[] {
  const { text, tokens } = ctx.layer;
  const out: Quote[] = [];
  for (const quote of direct) {
    if (quote.kind !== 'direct') continue;
    const first = ctx.index.at(quote.start);
    const last = ctx.index.before(quote.end);
    if (last - first < 4) continue;
    ctx.inQuote.fill(0, first, last + 1);
    for (let q = firstAfter(ctx.quoted, quote.start); q < ctx.quoted.length; q++) {
      const inner = ctx.quoted[q]!;
      if (inner.start >= quote.end) break;
      if (inner.end <= quote.end + 1)
        ctx.inQuote.fill(1, ctx.index.at(inner.start), ctx.index.before(inner.end) + 1);
    }
    const events = ctx.events.length;
    const kept = new Set<unknown>();
    for (const found of indirectQuotes(ctx, { first, last })) {
      const span = found.speaker?.span;
      if (!span || !found.cueSpan || !isSpeechCue(tokens[ctx.index.at(found.cueSpan.start)]!))
        continue;
      const pronoun = THIRD_PERSON.has(text.slice(span.start, span.end).toLowerCase());
      if (!pronoun && !found.speaker!.entity) continue;
      out.push(found);
      kept.add(found.speaker);
    }
    // A speaker left out must not stand as the last speaker for the pronouns after it.
    for (const event of ctx.events.splice(events))
      if (kept.has(event.speaker)) ctx.events.push(event);
    ctx.inQuote.fill(1, first, last + 1);
  }
  return out;
}

/** Index of the first span starting after `offset`, in spans sorted by start. */
function firstAfter(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
