import type { Article, ArticleDraft } from '../model/article.js';
import { articleId } from '../model/article-id.js';
import { ReadError } from '../model/read-error.js';
import { detectLanguage } from './detect-language.js';
import { normalizeText } from './normalize-text.js';
import { detectSections } from './sections/detect-sections.js';

/** Gives a reader's draft its normalised text, language, sections and content-derived id. */
export function finishArticle(draft: ArticleDraft, where: string): Article | ReadError {
  const text = normalizeText(draft.text);
  if (!text) return new ReadError(where, 'empty: no article text');
  const outlet = draft.outlet?.trim() || null;
  return {
    id: articleId(outlet, text),
    source: draft.source,
    url: draft.url,
    outlet,
    title: draft.title ? normalizeText(draft.title).replace(/\n+/g, ' ') : null,
    published: draft.published,
    language: detectLanguage(text, draft.language),
    authors: draft.authors ?? [],
    text,
    sections: detectSections(text),
  };
}
