import type { ArticleAnalysis } from '../../model/analysis.js';
import type { Article } from '../../model/article.js';
import { entityId } from '../../report/document-ids.js';
import { markup } from '../html/html.js';
import type { Mark } from '../html/mark-spans.js';
import { sitePath } from '../html/safe-url.js';

/** The element id of a quote on the article page: its place in the analysis, from 1. */
export const quoteAnchor = (index: number) => `quote-${index + 1}`;

const LAYER = { quote: 0, credit: 1, entity: 2, time: 3, quantity: 4 } as const;

/** Quotes, people, bodies, places, dates and numbers of an article as marks over its text. */
export function articleMarks(article: Article, analysis: ArticleAnalysis): Mark[] {
  const marks: Mark[] = [];
  const keys = new Map(analysis.entities.map((e) => [e.id, entityId(e.type, e.name)]));
  analysis.quotes.forEach((quote, index) => {
    const speaker = keys.get(quote.speaker?.entity ?? '') ?? null;
    const who = quote.speaker?.name ? ` · ${quote.speaker.name}` : '';
    const title = `${quote.kind} quote${who}${quote.cue ? ` (${quote.cue})` : ''}`;
    const id = markup` id="${quoteAnchor(index)}"`;
    marks.push({
      start: quote.start,
      end: quote.end,
      layer: LAYER.quote,
      open: (continued) =>
        markup`<span class="mark quote quote-${quote.kind}"${continued ? '' : id} data-speaker="${speaker ?? ''}" title="${title}">`,
      close: markup`</span>`,
    });
  });
  for (const credit of article.sections.credits)
    marks.push({
      ...credit,
      layer: LAYER.credit,
      open: () => markup`<span class="mark credit" title="credit line">`,
      close: markup`</span>`,
    });
  for (const entity of analysis.entities) {
    const key = keys.get(entity.id)!;
    const href = sitePath(['entities', key]);
    for (const mention of entity.mentions)
      marks.push({
        start: mention.start,
        end: mention.end,
        layer: LAYER.entity,
        open: () =>
          markup`<a class="mark entity entity-${entity.type}" data-entity="${key}" href="${href}" title="${entity.type}: ${entity.name}">`,
        close: markup`</a>`,
      });
  }
  for (const time of analysis.times)
    marks.push({
      start: time.start,
      end: time.end,
      layer: LAYER.time,
      open: () =>
        time.value
          ? markup`<time class="mark time" datetime="${time.value}" title="${time.value}">`
          : markup`<time class="mark time unresolved" title="date not resolved">`,
      close: markup`</time>`,
    });
  for (const quantity of analysis.quantities) {
    const about = quantity.approximate ? 'about ' : '';
    const title = `${about}${quantity.value}${quantity.unit ? ` ${quantity.unit}` : ''}`;
    marks.push({
      start: quantity.start,
      end: quantity.end,
      layer: LAYER.quantity,
      open: () => markup`<data class="mark quantity" value="${quantity.value}" title="${title}">`,
      close: markup`</data>`,
    });
  }
  return marks;
}
