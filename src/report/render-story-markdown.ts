import type { Evidence, Fact, Statement } from '../crosscheck/cross-check.js';
import type { ArticleRecord, StoryRecord } from './analysis-document.js';
import { FACT_STATUSES, plural } from './fact-status.js';
import { markdownAddress, markdownText } from './markdown-text.js';
import { ReportSources } from './report-sources.js';

const inline = markdownText;
const address = markdownAddress;

function citations(sources: ReportSources, articleIds: Iterable<string>): string {
  return sources
    .cited(articleIds)
    .map((article) => `[${article.number}]`)
    .join('');
}

const evidenceArticles = (evidence: Evidence[]) => evidence.map((item) => item.article);

const unconfirmedList = (items: string[]) => items.map((item) => `“${inline(item)}”`).join(', ');

function factLines(fact: Fact, sources: ReportSources): string[] {
  const qualifiers = [
    plural(fact.sources, 'source'),
    fact.date,
    fact.hedged ? 'hedged' : null,
    fact.attribution
      ? `according to ${inline(fact.attribution.speaker ?? 'unnamed sources')}`
      : null,
    fact.unconfirmed?.length ? `only this source: ${unconfirmedList(fact.unconfirmed)}` : null,
  ].filter(Boolean);
  const lines = [
    `- ${inline(fact.text)} (${qualifiers.join(', ')}) ${citations(sources, fact.articles)}`,
  ];
  for (const version of fact.versions ?? []) {
    const words = [...new Set(version.evidence.map((item) => `“${inline(item.text)}”`))].join(
      ' / ',
    );
    lines.push(
      `  - **${inline(version.text)}**: ${plural(version.sources, 'source')} ${citations(sources, version.articles)}${words ? ` — ${words}` : ''}`,
    );
  }
  return lines;
}

function summaryLines(story: StoryRecord, sources: ReportSources, h: string): string[] {
  if (!story.summary.length) return [];
  const sentences = story.summary.map((sentence) => {
    const caution = sentence.status === 'conflicting' ? ' (sources disagree)' : '';
    return `${inline(sentence.text)}${caution} ${citations(sources, evidenceArticles(sentence.evidence))}`;
  });
  return [`${h} Summary`, '', sentences.join(' '), ''];
}

function factSections(story: StoryRecord, sources: ReportSources, h: string): string[] {
  if (!story.facts.length) return [];
  const lines = [`${h} Facts`, ''];
  for (const { status, label } of FACT_STATUSES) {
    const facts = story.facts.filter((fact) => fact.status === status);
    if (!facts.length) continue;
    lines.push(`${h}# ${label} (${facts.length})`, '');
    for (const fact of facts) lines.push(...factLines(fact, sources));
    lines.push('');
  }
  return lines;
}

function statementLines(story: StoryRecord, sources: ReportSources, h: string): string[] {
  if (!story.statements.length) return [];
  const lines = [`${h} Statements`, ''];
  const bySpeaker = new Map<string, Statement[]>();
  for (const statement of story.statements)
    bySpeaker.set(statement.speaker, [...(bySpeaker.get(statement.speaker) ?? []), statement]);
  for (const [speaker, statements] of bySpeaker) {
    const descriptor = statements.find((statement) => statement.descriptor)?.descriptor;
    lines.push(`${h}# ${inline(speaker)}${descriptor ? ` (${inline(descriptor)})` : ''}`, '');
    for (const statement of statements) {
      lines.push(`- ${plural(statement.sources, 'source')}:`);
      for (const wording of statement.wordings) {
        const article = sources.article(wording.article);
        const where = article ? `[${article.number}] ${inline(article.label)}` : wording.article;
        lines.push(`  - ${where}, ${wording.kind}: “${inline(wording.text)}”`);
      }
    }
    lines.push('');
  }
  return lines;
}

function timelineLines(story: StoryRecord, sources: ReportSources, h: string): string[] {
  if (!story.timeline.length) return [];
  const lines = [`${h} Timeline`, ''];
  for (const entry of story.timeline) {
    const caution = entry.status === 'conflicting' ? ' (sources disagree)' : '';
    lines.push(
      `- **${entry.date}**: ${inline(entry.text)}${caution} ${citations(sources, evidenceArticles(entry.evidence))}`,
    );
  }
  return [...lines, ''];
}

function articleList(sources: ReportSources, h: string): string[] {
  const lines = [`${h} Articles`, ''];
  for (const article of sources.articles) {
    const record = article.record;
    const title = record?.title ? ` — ${inline(record.title)}` : '';
    const day = record?.published ? ` (${record.published.slice(0, 10)})` : '';
    const url = record?.url ? ` ${address(record.url)}` : '';
    lines.push(
      `${article.number}. ${inline(article.label)}${title}${day}, source ${article.source}${url} \`${article.id}\``,
    );
  }
  return [...lines, ''];
}

/**
 * One story's cross-check for people: a cited summary, facts by verdict (conflicts with each
 * version), statements by speaker with each outlet's wording, the timeline, and the articles
 * the `[n]` citations point to.
 */
export function renderStoryMarkdown(
  story: StoryRecord,
  articles: ArticleRecord[],
  level = 2,
): string[] {
  const sources = new ReportSources(story, articles);
  const h = '#'.repeat(level + 1);
  const days = story.first
    ? `${story.first}${story.last && story.last !== story.first ? ` to ${story.last}` : ''} · `
    : '';
  const counts = `${plural(story.articles.length, 'article')} · ${plural(story.sources, 'independent source')}`;
  const verdicts = FACT_STATUSES.map(
    ({ status, label }) =>
      `${story.facts.filter((fact) => fact.status === status).length} ${label.toLowerCase()}`,
  ).join(', ');
  return [
    `${'#'.repeat(level)} Story: ${inline(story.title)}`,
    '',
    `\`${story.id}\` · ${days}${counts} · facts: ${verdicts}`,
    '',
    ...summaryLines(story, sources, h),
    ...factSections(story, sources, h),
    ...statementLines(story, sources, h),
    ...timelineLines(story, sources, h),
    ...articleList(sources, h),
  ];
}
