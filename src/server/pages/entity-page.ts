import type { Quote } from '../../model/analysis.js';
import type { EntityDetail } from '../../store/archive.js';
import { markup } from '../html/html.js';
import { sitePath } from '../html/safe-url.js';
import { quoteAnchor } from './article-marks.js';
import { displayTitle, plural, renderDate } from './format.js';
import type { Page } from './layout.js';
import { renderPager, type PageWindow } from './pager.js';

export interface Appearance {
  article: {
    id: string;
    title: string | null;
    outlet: string | null;
    published: string | null;
    opening: string;
  };
  /** Quotes the article attributes to the entity, with their place in the article's analysis. */
  quotes: { index: number; quote: Quote }[];
}

export interface EntityView {
  entity: EntityDetail;
  appearances: Appearance[];
  window: PageWindow;
}

/** A person, body or place: its names and roles, and every article naming it with its quotes. */
export function entityPage(view: EntityView): Page {
  const { entity, appearances, window } = view;
  const items = appearances.map(({ article, quotes }) => {
    const said = quotes.map(
      ({ index, quote }) =>
        markup`<li class="said said-${quote.kind}">
          <a href="${sitePath(['articles', article.id], {}, quoteAnchor(index))}">${quote.text}</a>
          <span class="who">${quote.cue ?? ''} · ${quote.kind}</span>
        </li>`,
    );
    return markup`<li class="appearance">
      <a class="title" href="${sitePath(['articles', article.id])}"
        >${displayTitle(article.title, article.opening)}</a
      >
      <span class="meta"
        >${article.outlet ?? 'unknown outlet'} · ${renderDate(article.published)}</span
      >
      ${
        said.length
          ? markup`<ol class="quotes">
              ${said}
            </ol>`
          : ''
      }
    </li>`;
  });
  const body = markup`<article class="entity-page">
    <h1>${entity.name}</h1>
    <p class="meta">
      ${entity.type} · named in ${plural(entity.articles, 'article')} ·
      ${plural(entity.quotes, 'quote')}
    </p>
    ${entity.aliases.length ? markup`<p><strong>Also called</strong> ${entity.aliases.join(', ')}</p>` : ''}
    ${
      entity.descriptors.length
        ? markup`<h2>Roles and descriptions</h2>
            <ul class="descriptors">
              ${entity.descriptors.map((d) => markup`<li>${d}</li>`)}
            </ul>`
        : ''
    }
    <h2>Articles and quotes</h2>
    <ol class="appearances">
      ${items}
    </ol>
    ${renderPager(['entities', entity.key], {}, window)}
  </article>`;
  return { title: entity.name, section: 'entities', body };
}
