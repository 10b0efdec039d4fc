import type { ArticleAnalysis, Entity } from '../../model/analysis.js';
import type { Article } from '../../model/article.js';
import { entityId } from '../../report/document-ids.js';
import { markup, type SafeHtml } from '../html/html.js';
import { markSpans } from '../html/mark-spans.js';
import { anchorUrl, externalUrl, sitePath } from '../html/safe-url.js';
import { articleMarks, quoteAnchor } from './article-marks.js';
import { displayTitle, plural, renderDate } from './format.js';
import type { Page } from './layout.js';

const ENTITY_ORDER = ['person', 'organization', 'place'];

function renderQuotes(analysis: ArticleAnalysis, entities: Map<string, Entity>): SafeHtml {
  if (analysis.quotes.length === 0) return markup`<p class="empty">No quotes found.</p>`;
  const items = analysis.quotes.map((quote, index) => {
    const speaker = quote.speaker?.entity ? entities.get(quote.speaker.entity) : undefined;
    const who = speaker
      ? markup`<a href="${sitePath(['entities', entityId(speaker.type, speaker.name)])}"
          >${speaker.name}</a
        >`
      : (quote.speaker?.name ?? quote.speaker?.descriptor ?? 'unattributed');
    return markup`<li class="said said-${quote.kind}">
      <a class="jump" href="${anchorUrl(quoteAnchor(index))}" data-quote="${quoteAnchor(index)}"
        >${quote.text}</a
      >
      <span class="who">${who}${quote.cue ? markup` · ${quote.cue}` : ''} · ${quote.kind}</span>
    </li>`;
  });
  return markup`<ol class="quotes">
    ${items}
  </ol>`;
}

function renderEntities(analysis: ArticleAnalysis): SafeHtml {
  if (analysis.entities.length === 0) return markup`<p class="empty">No one named.</p>`;
  const sorted = [...analysis.entities].sort(
    (a, b) =>
      ENTITY_ORDER.indexOf(a.type) - ENTITY_ORDER.indexOf(b.type) ||
      b.mentions.length - a.mentions.length ||
      a.name.localeCompare(b.name),
  );
  const items = sorted.map((entity) => {
    const key = entityId(entity.type, entity.name);
    return markup`<li class="named named-${entity.type}">
      <a href="${sitePath(['entities', key])}" data-entity="${key}">${entity.name}</a>
      <span class="kind"
        >${entity.type}${entity.descriptors.length ? markup` · ${entity.descriptors.join('; ')}` : ''}
        · ${plural(entity.mentions.length, 'mention')}</span
      >
    </li>`;
  });
  return markup`<ul class="entities">
    ${items}
  </ul>`;
}

function renderTimes(analysis: ArticleAnalysis): SafeHtml {
  if (analysis.times.length === 0) return markup`<p class="empty">No dates found.</p>`;
  const items = analysis.times.map(
    (time) =>
      markup`<li>
        <span class="said">${time.text}</span> →
        ${time.value ? markup`<time datetime="${time.value}">${time.value}</time>` : markup`<span class="unknown">unresolved</span>`}
      </li>`,
  );
  return markup`<ul class="times">
    ${items}
  </ul>`;
}

const LAYERS = [
  ['quotes', 'Quotes'],
  ['entities', 'People, bodies, places'],
  ['times', 'Dates'],
  ['quantities', 'Numbers'],
] as const;

/** One article with its quotes, people and dates marked inline, and listed beside the text. */
export function articlePage(
  article: Article,
  analysis: ArticleAnalysis | null,
  story: { id: string; title: string } | null = null,
): Page {
  const title = displayTitle(article.title, article.text.slice(0, 200));
  const original = externalUrl(article.url);
  const entities = new Map((analysis?.entities ?? []).map((entity) => [entity.id, entity]));
  const text = analysis ? markSpans(article.text, articleMarks(article, analysis)) : article.text;
  const toggles = LAYERS.map(
    ([layer, label]) =>
      markup`<label><input type="checkbox" checked data-layer="${layer}" /> ${label}</label>`,
  );
  const body = markup`<article class="article-page">
    <header class="article-head">
      <h1>${title}</h1>
      <p class="meta">
        ${article.outlet ?? 'unknown outlet'} ·
        ${renderDate(article.published)}${article.authors.length ? markup` · ${article.authors.join(', ')}` : ''}${original ? markup` · <a href="${original}" rel="noopener noreferrer nofollow">original</a>` : ''}
      </p>
      ${
        story
          ? markup`<p class="meta story-link">
            part of the story
            <a href="${sitePath(['stories', story.id])}" rel="up">${story.title}</a>
          </p>`
          : ''
      }
      <p class="meta source">
        read from <code>${article.source}</code> · id <code>${article.id}</code>
      </p>
    </header>
    <div class="article-columns">
      <section class="article-body" aria-label="text">
        <form class="layers" hidden>${toggles}</form>
        <div class="article-text">${text}</div>
      </section>
      <aside class="annotations">
        ${analysis ? '' : markup`<p class="empty">This article has not been analysed.</p>`}
        ${
          analysis?.notes.length
            ? markup`<ul class="notes">
                ${analysis.notes.map((note) => markup`<li>${note}</li>`)}
              </ul>`
            : ''
        }
        <h2>Quotes</h2>
        ${analysis ? renderQuotes(analysis, entities) : ''}
        <h2>People, bodies and places</h2>
        ${analysis ? renderEntities(analysis) : ''}
        <h2>Dates</h2>
        ${analysis ? renderTimes(analysis) : ''}
      </aside>
    </div>
  </article>`;
  return { title, section: 'articles', body };
}
