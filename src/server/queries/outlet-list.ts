import type { Archive, OutletCount } from '../../store/archive.js';

/**
 * The outlets for the filter menu, counted again only when the archive has grown: counting
 * groups every article, and the menu is on every list page. Articles are never removed, so the
 * number of articles says whether anything changed.
 */
export function outletList(archive: Archive, limit = 200): () => OutletCount[] {
  let countedAt = -1;
  let outlets: OutletCount[] = [];
  return () => {
    const articles = archive.countArticles();
    if (articles !== countedAt) {
      outlets = archive.listOutlets(limit);
      countedAt = articles;
    }
    return outlets;
  };
}
