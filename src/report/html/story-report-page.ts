import { createHash } from 'node:crypto';
import { markup, SafeHtml } from '../../server/html/html.js';
import { anchorUrl } from '../../server/html/safe-url.js';
import type { ArticleRecord, StoryRecord } from '../analysis-document.js';
import { plural } from '../fact-status.js';
import { ReportSources } from '../report-sources.js';
import { articleColumns } from './article-columns.js';
import { factTable } from './fact-table.js';
import { REPORT_SCRIPT } from './report-script.js';
import { REPORT_STYLE } from './report-style.js';
import { statementList } from './statement-list.js';
import { summarySection } from './summary-section.js';
import { timelineList } from './timeline-list.js';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Nothing may load, and only this page's own style and script may run: should some article text
 * ever get through unescaped, it still could neither run nor reach the network.
 */
const CONTENT_POLICY = [
  "default-src 'none'",
  `style-src ${sha256(REPORT_STYLE)}`,
  `script-src ${sha256(REPORT_SCRIPT)}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function storyHeader(story: StoryRecord): SafeHtml {
  const days = story.first
    ? `${story.first}${story.last && story.last !== story.first ? ` to ${story.last}` : ''}`
    : 'undated';
  const sections = ['summary', 'facts', 'statements', 'timeline', 'articles'].map(
    (id) => markup`<a href="${anchorUrl(id)}">${id[0]!.toUpperCase() + id.slice(1)}</a>`,
  );
  return markup`<header class="page">
    <h1>${story.title}</h1>
    <p class="meta">
      ${days} · ${plural(story.articles.length, 'article')} ·
      ${plural(story.sources, 'independent source')} · story ${story.id}
    </p>
    <nav class="sections">${sections}</nav>
  </header>`;
}

/** The sections of a story report, for a page of its own or the server's story page. */
export function storyReportBody(story: StoryRecord, articles: ArticleRecord[]): SafeHtml {
  const sources = new ReportSources(story, articles);
  return markup`${storyHeader(story)} ${summarySection(story, sources)}
    ${factTable(story, sources)} ${statementList(story, sources)} ${timelineList(story, sources)}
    ${articleColumns(story, sources)}`;
}

/** One story's cross-check as a self-contained HTML file: opens offline, requests nothing. */
export function renderStoryReportPage(story: StoryRecord, articles: ArticleRecord[]): string {
  // Style and script are constants of this module, never data: safe to put in as they are.
  return markup`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${CONTENT_POLICY}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${story.title} · crosscheck</title>
        <style>${new SafeHtml(REPORT_STYLE)}</style>
      </head>
      <body>
        <main class="report">${storyReportBody(story, articles)}</main>
        <script>${new SafeHtml(REPORT_SCRIPT)}</script>
      </body>
    </html>
  `.value;
}
