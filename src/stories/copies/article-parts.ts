import type { Article, Span } from '../../model/article.js';

/** The texts of an article that fingerprints are taken from. */
export interface ArticleParts {
  /** The newest version, without marker or credit lines: what the article says now. */
  main: string;
  /** Earlier versions kept below a marker line, newest first, without their credit lines. */
  earlier: string[];
}

/**
 * Splits an article into its current text and the earlier versions it keeps. Credit lines are
 * left out because they differ between copies of one wire story ("— Meridian Press Agency",
 * "Source: Meridian Press Agency") and say nothing about the content.
 */
export function articleParts(article: Pick<Article, 'text' | 'sections'>): ArticleParts {
  const { text, sections } = article;
  const versions = sections.versions.length
    ? sections.versions
    : [{ start: 0, end: text.length, marker: null }];
  const [newest, ...older] = versions.map((version) =>
    withoutCredits(text, version, sections.credits),
  );
  return { main: newest ?? '', earlier: older };
}

function withoutCredits(text: string, span: Span, credits: readonly Span[]): string {
  let out = '';
  let at = span.start;
  for (const credit of credits) {
    if (credit.end <= span.start || credit.start >= span.end) continue;
    out += text.slice(at, Math.max(at, credit.start)) + '\n';
    at = Math.max(at, credit.end);
  }
  return out + text.slice(at, span.end);
}
