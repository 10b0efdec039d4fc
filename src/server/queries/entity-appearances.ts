import type { Quote } from '../../model/analysis.js';
import { entityId } from '../../report/document-ids.js';
import type { Archive } from '../../store/archive.js';

export interface EntityAppearance {
  article: {
    id: string;
    title: string | null;
    outlet: string | null;
    published: string | null;
    url: string | null;
    /** The first words of the text, for an article without a title. */
    opening: string;
  };
  /** The quotes this article attributes to the entity, with their place in its analysis. */
  quotes: { index: number; quote: Quote }[];
}

/** A page of the articles that name an entity, newest first, each with the entity's quotes. */
export function entityAppearances(
  archive: Archive,
  key: string,
  page: { limit: number; offset: number },
): EntityAppearance[] {
  return archive.entityArticleIds(key, page).flatMap((id) => {
    const article = archive.getArticle(id);
    if (!article) return [];
    const analysis = archive.getAnalysis(id);
    const speakers = new Set(
      (analysis?.entities ?? [])
        .filter((entity) => entityId(entity.type, entity.name) === key)
        .map((entity) => entity.id),
    );
    const quotes = (analysis?.quotes ?? []).flatMap((quote, index) =>
      quote.speaker?.entity && speakers.has(quote.speaker.entity) ? [{ index, quote }] : [],
    );
    const { title, outlet, published, url } = article;
    const opening = article.text.slice(0, 160);
    return [{ article: { id, title, outlet, published, url, opening }, quotes }];
  });
}
