/**
 * A user's search words as an FTS5 query that cannot be a syntax error: every word becomes a
 * quoted term and all must match. A trailing `*` keeps prefix search.
 */
export function toFtsQuery(search: string): string | null {
  const terms = search
    .split(/\s+/)
    .map((word) => word.replace(/["]/g, '').trim())
    .filter((word) => word.replace(/\*$/, '').length > 0)
    .map((word) => (word.endsWith('*') ? `"${word.slice(0, -1)}"*` : `"${word}"`));
  return terms.length ? terms.join(' ') : null;
}
