import type { AnalysisDocument, ArticleRecord } from './analysis-document.js';

function excerpt(text: string, max = 400): string {
  const first = text.split('\n\n')[0] ?? '';
  return first.length > max ? `${first.slice(0, max).replace(/\s+\S*$/, '')} …` : first;
}

function quoteSpan(article: ArticleRecord, start: number, end: number): string {
  return article.text.slice(start, end).replace(/\s+/g, ' ');
}

function renderArticle(article: ArticleRecord): string {
  const lines = [`## ${article.title ?? excerpt(article.text, 80)}`, ''];
  const facts = [
    ['id', `\`${article.id}\``],
    ['outlet', article.outlet ?? '(unknown)'],
    ['published', article.published ?? '(unknown)'],
    ['language', article.language ?? '(unknown)'],
    ['source', article.source],
  ];
  if (article.url) facts.push(['url', article.url]);
  if (article.authors.length) facts.push(['by', article.authors.join(', ')]);
  lines.push(...facts.map(([key, value]) => `- **${key}**: ${value}`));
  const { versions, credits } = article.sections;
  if (versions.length > 1) {
    lines.push(`- **versions**: ${versions.length}, newest first`);
    for (const version of versions.slice(1)) {
      if (version.marker)
        lines.push(`  - below “${quoteSpan(article, version.marker.start, version.marker.end)}”`);
    }
  }
  for (const credit of credits)
    lines.push(`- **credit**: ${quoteSpan(article, credit.start, credit.end)}`);
  lines.push('', `> ${excerpt(article.text)}`, '');
  return lines.join('\n');
}

/** The analysis document for people: one section per article, then what could not be read. */
export function renderMarkdown(document: AnalysisDocument): string {
  const parts = [
    `# crosscheck analysis`,
    '',
    `${document.articles.length} articles, ${document.errors.length} inputs not read.`,
    '',
  ];
  parts.push(...document.articles.map(renderArticle));
  if (document.errors.length) {
    parts.push(
      '## Not read',
      '',
      ...document.errors.map((error) => `- ${error.input}: ${error.reason}`),
      '',
    );
  }
  return parts.join('\n');
}
