import type { Fact, Statement } from '../../crosscheck/cross-check.js';
import type { Article } from '../../model/article.js';
import type { ArticleRecord, StoryRecord } from '../../report/analysis-document.js';
import { articleRecord } from '../../report/analysis-document.js';
import { articleColumns } from '../../report/html/article-columns.js';
import { factTable } from '../../report/html/fact-table.js';
import { statementList } from '../../report/html/statement-list.js';
import { summarySection } from '../../report/html/summary-section.js';
import { timelineList } from '../../report/html/timeline-list.js';
import { ReportSources } from '../../report/report-sources.js';
import type { ArticleHead, StoryHead } from '../../store/archive.js';
import { markup, type SafeHtml } from '../html/html.js';
import { anchorUrl, sitePath } from '../html/safe-url.js';
import { REPORT_ARTICLE_CAP, type StoryReport } from '../queries/story-report.js';
import { plural } from './format.js';
import { pageCount, type PageWindow } from './pager.js';

/** Article columns side by side on one page of the story page. */
export const COLUMNS_PER_PAGE = 10;
/** The page shows at most this many facts (conflicts first) and statements; the API gives all. */
export const FACTS_SHOWN = 300;
export const STATEMENTS_SHOWN = 100;

const STATUS_ORDER = ['conflicting', 'corroborated', 'single-source'];

/** The facts a reader must see first: conflicts, then the best corroborated. */
function shownFacts(facts: Fact[]): Fact[] {
  if (facts.length <= FACTS_SHOWN) return facts;
  return [...facts]
    .sort(
      (a, b) =>
        STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || b.sources - a.sources,
    )
    .slice(0, FACTS_SHOWN);
}

function shownStatements(statements: Statement[]): Statement[] {
  if (statements.length <= STATEMENTS_SHOWN) return statements;
  return [...statements].sort((a, b) => b.sources - a.sources).slice(0, STATEMENTS_SHOWN);
}

/** An article as the report's citations need it, its text left out (its column is elsewhere). */
function headRecord(head: ArticleHead): ArticleRecord {
  return {
    ...head,
    source: head.id,
    language: null,
    authors: [],
    text: '',
    sections: { versions: [], credits: [] },
  };
}

export interface StoryReportInput {
  story: StoryHead;
  report: StoryReport;
  /** What lists show of the cross-checked articles. */
  heads: ArticleHead[];
  /** The whole articles of this page of columns. */
  columns: Article[];
  /** Which page of columns, of the cross-checked articles. */
  window: PageWindow;
  /** The query that keeps the rest of the page as it is, for the columns' pager. */
  query: Record<string, string | number | undefined>;
}

function columnsPager(input: StoryReportInput): SafeHtml | '' {
  const pages = pageCount(input.window);
  if (pages <= 1) return '';
  const { page } = input.window;
  const link = (to: number, label: string, rel: string) =>
    markup`<a
      rel="${rel}"
      href="${sitePath(['stories', input.story.id], { ...input.query, columns: to > 1 ? to : undefined }, 'articles')}"
      >${label}</a
    >`;
  return markup`<nav class="pager" aria-label="pages of articles">
    ${page > 1 ? link(page - 1, '← previous articles', 'prev') : ''}
    <span>articles page ${page} of ${pages}</span>
    ${page < pages ? link(page + 1, 'next articles →', 'next') : ''}
  </nav>`;
}

function scopeNote(input: StoryReportInput, facts: number, statements: number): SafeHtml {
  const { story, report } = input;
  const checked = report.articles.length;
  const scope =
    story.articles > checked
      ? markup`Cross-checked over the first ${checked.toLocaleString('en')} of
        ${story.articles.toLocaleString('en')} articles by publication day (at most
        ${REPORT_ARTICLE_CAP}).`
      : markup`Cross-checked over all ${plural(checked, 'article')}.`;
  const shown =
    facts < report.facts.length || statements < report.statements.length
      ? markup` This page shows ${facts} of ${report.facts.length} facts (conflicts first) and
          ${statements} of ${report.statements.length} statements; the
          <a href="${sitePath(['api', 'stories', story.id, 'report'])}">report API</a> gives all.`
      : '';
  return markup`<p class="meta report-scope">${scope}${shown}</p>`;
}

/**
 * The cross-checked report on the story page: the offline report's sections (summary, facts,
 * statements, timeline, article columns), the columns a page at a time.
 */
export function storyReportSection(input: StoryReportInput): SafeHtml {
  const { story, report } = input;
  const facts = shownFacts(report.facts);
  const statements = shownStatements(report.statements);
  const record: StoryRecord = {
    id: story.id,
    title: story.title,
    first: story.first,
    last: story.last,
    articles: report.articles,
    sources: report.origins.length,
    copies: [],
    updates: [],
    origins: report.origins,
    notes: [],
    facts,
    statements,
    timeline: report.timeline,
    summary: report.summary,
  };
  const whole = new Map(input.columns.map((article) => [article.id, articleRecord(article)]));
  const records = input.heads.map((head) => whole.get(head.id) ?? headRecord(head));
  const sources = new ReportSources(record, records);
  const shown = input.columns
    .map((article) => sources.article(article.id))
    .filter((article) => article !== undefined);
  const first = (input.window.page - 1) * input.window.pageSize;
  const note =
    input.window.total > input.window.pageSize
      ? markup`<p class="meta">
          Articles ${first + 1} to ${first + shown.length} of ${input.window.total}, by
          publication day; evidence is marked in the articles shown.
        </p>`
      : '';
  const sections = ['summary', 'facts', 'statements', 'timeline', 'articles'].map(
    (id) => markup`<a href="${anchorUrl(id)}">${id[0]!.toUpperCase() + id.slice(1)}</a>`,
  );
  return markup`<div class="story-report" aria-label="cross-check">
    <nav class="sections">${sections}</nav>
    ${scopeNote(input, facts.length, statements.length)}
    ${summarySection(record, sources)} ${factTable(record, sources)}
    ${statementList(record, sources)} ${timelineList(record, sources)}
    ${articleColumns(record, sources, { shown, note, after: columnsPager(input) })}
  </div>`;
}
