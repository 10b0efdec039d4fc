import type { Entity, Quote, TextLayer } from '../../model/analysis.js';
import { directQuotes } from './direct-quotes.js';
import { indirectQuotes } from './indirect-quotes.js';
import { indexMentions } from './mention-index.js';
import { pairQuoteMarks } from './quote-marks.js';
import type { SpeakerContext } from './speaker.js';
import { quoteScratch } from './scratch.js';
import { reportedSpeechInQuotes } from './reported-speech-in-quotes.js';
import { partialsInReportedSpeech } from './partials-in-reported-speech.js';
import { bodiesByHead } from './speaker-phrase.js';
import { resolveInOrder } from './speaker-order.js';
import { indexTokens } from './token-index.js';

/**
 * Direct, partial and indirect quotes of one article, each with its cue and speaker. Reads the
 * article's one text layer and its entities; linear in tokens apart from binary searches.
 */
export function findQuotes(text: string, layer: TextLayer, entities: Entity[]): Quote[] {
  if (layer.tokens.length === 0) return [];
  const index = indexTokens(layer);
  const pairs = pairQuoteMarks(text, layer.paragraphs);
  const inQuote = quoteScratch.bytes(0, layer.tokens.length);
  const quoted = pairs.map((p) => ({
    start: p.open,
    end: p.close >= 0 ? p.close + p.closeLength : p.contentEnd,
  }));
  for (const span of quoted) {
    for (
      let t = index.at(span.start);
      t < layer.tokens.length && layer.tokens[t]!.start < span.end;
      t++
    )
      inQuote[t] = 1;
  }
  const ctx: SpeakerContext = {
    layer,
    index,
    mentions: indexMentions(layer, index, entities),
    quoted,
    inQuote,
    events: [],
    bodies: bodiesByHead(entities),
  };
  const uncued: Quote[] = [];
  const direct = directQuotes(pairs, ctx, uncued);
  const indirect = indirectQuotes(ctx).sort((a, b) => a.start - b.start);
  const nested = reportedSpeechInQuotes(direct, ctx);
  resolveInOrder(ctx.events, ctx.mentions, quoted);
  const partials = partialsInReportedSpeech(direct, uncued, indirect);
  const all = [...direct, ...partials, ...indirect, ...nested];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return all;
}
