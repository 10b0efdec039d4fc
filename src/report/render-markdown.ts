import type { AnalysisDocument, ArticleRecord, EntityRecord } from './analysis-document.js';
import { markdownAddress, markdownText as md } from './markdown-text.js';
import { renderStoryMarkdown } from './render-story-markdown.js';

function excerpt(text: string, max = 400): string {
  const first = text.split('\n\n')[0] ?? '';
  return first.length > max ? `${first.slice(0, max).replace(/\s+\S*$/, '')} …` : first;
}

function spanText(article: ArticleRecord, start: number, end: number): string {
  return md(article.text.slice(start, end));
}

function articleFacts(article: ArticleRecord): string[] {
  const facts = [
    ['id', `\`${article.id}\``],
    ['outlet', md(article.outlet ?? '(unknown)')],
    ['published', md(article.published ?? '(unknown)')],
    ['language', md(article.language ?? '(unknown)')],
    ['source', md(article.source)],
  ];
  if (article.url) facts.push(['url', markdownAddress(article.url)]);
  if (article.authors.length) facts.push(['by', md(article.authors.join(', '))]);
  const lines = facts.map(([key, value]) => `- **${key}**: ${value}`);
  const { versions, credits } = article.sections;
  if (versions.length > 1) {
    lines.push(`- **versions**: ${versions.length}, newest first`);
    for (const version of versions.slice(1)) {
      if (version.marker)
        lines.push(`  - below “${spanText(article, version.marker.start, version.marker.end)}”`);
    }
  }
  for (const credit of credits)
    lines.push(`- **credit**: ${spanText(article, credit.start, credit.end)}`);
  for (const note of article.notes ?? []) lines.push(`- **note**: ${md(note)}`);
  return lines;
}

function layerLines(document: AnalysisDocument, article: ArticleRecord): string[] {
  const lines: string[] = [];
  const quotes = (document.quotes ?? []).filter((q) => q.article === article.id);
  if (quotes.length) {
    lines.push('', '**Quotes**', '');
    for (const quote of quotes) {
      const speaker = md(quote.speaker?.name ?? 'unknown speaker');
      const descriptor = quote.speaker?.descriptor ? ` (${md(quote.speaker.descriptor)})` : '';
      lines.push(
        `- ${speaker}${descriptor}, ${quote.kind}${quote.cue ? `, “${md(quote.cue)}”` : ''}: “${md(quote.text)}”`,
      );
    }
  }
  const times = (document.times ?? []).filter((t) => t.article === article.id);
  if (times.length)
    lines.push(
      '',
      `**Dates**: ${times.map((t) => `${md(t.text)} → ${md(t.value ?? '?')}`).join('; ')}`,
    );
  const quantities = (document.quantities ?? []).filter((q) => q.article === article.id);
  if (quantities.length)
    lines.push('', `**Numbers**: ${quantities.map((q) => md(q.text)).join('; ')}`);
  return lines;
}

function renderArticle(document: AnalysisDocument, article: ArticleRecord): string {
  return [
    `## ${md(article.title ?? excerpt(article.text, 80))}`,
    '',
    ...articleFacts(article),
    '',
    `> ${md(excerpt(article.text))}`,
    ...layerLines(document, article),
    '',
  ].join('\n');
}

function renderStories(document: AnalysisDocument): string[] {
  const stories = document.stories ?? [];
  if (!stories.length) return [];
  const titles = new Map(
    document.articles.map((a) => [
      a.id,
      md(`${a.outlet ?? a.source}: ${a.title ?? excerpt(a.text, 60)}`),
    ]),
  );
  const lines = ['## Stories', ''];
  for (const story of stories) {
    const days = story.first
      ? ` (${story.first}${story.last !== story.first ? ` to ${story.last}` : ''})`
      : '';
    lines.push(
      `- **${md(story.title)}**${days}: ${story.articles.length} articles, ${story.sources} independent source${story.sources === 1 ? '' : 's'}`,
    );
    for (const [kind, links] of [
      ['copy', story.copies],
      ['update', story.updates],
    ] as const)
      for (const link of links)
        lines.push(
          `  - ${kind}: ${titles.get(link.article)} — of ${titles.get(link.of)} (${link.similarity.toFixed(2)})`,
        );
  }
  return [...lines, ''];
}

function renderPeople(entities: EntityRecord[]): string[] {
  const named = entities.filter((e) => e.type !== 'place' && e.mentions.length > 0);
  if (!named.length) return [];
  const lines = ['## People and bodies', ''];
  for (const entity of named) {
    const articles = new Set(entity.mentions.map((m) => m.article)).size;
    const roles = entity.descriptors.length ? ` — ${md(entity.descriptors.join('; '))}` : '';
    lines.push(
      `- **${md(entity.name)}** (${entity.type}, ${articles} article${articles === 1 ? '' : 's'})${roles}`,
    );
  }
  return [...lines, ''];
}

/** The analysis document for people: stories and their cross-checks, people and bodies, one section per article, then what could not be read. */
export function renderMarkdown(document: AnalysisDocument): string {
  const parts = [
    '# crosscheck analysis',
    '',
    `${document.articles.length} articles, ${document.errors.length} inputs not read.`,
    '',
  ];
  parts.push(...renderStories(document));
  for (const story of document.stories ?? [])
    parts.push(...renderStoryMarkdown(story, document.articles));
  parts.push(...renderPeople(document.entities ?? []));
  parts.push(...document.articles.map((article) => renderArticle(document, article)));
  if (document.errors.length) {
    parts.push(
      '## Not read',
      '',
      ...document.errors.map((error) => `- ${md(error.input)}: ${md(error.reason)}`),
      '',
    );
  }
  return parts.join('\n');
}
