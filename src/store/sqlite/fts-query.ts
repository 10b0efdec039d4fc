const OPERATORS = new Set(['AND', 'OR', 'NOT']);

/**
 * A user's search as an FTS5 query that cannot be a syntax error. Words and "quoted phrases"
 * become quoted terms, all of which must match; upper-case AND, OR and NOT between terms keep
 * their meaning; a trailing `*` keeps prefix search.
 */
export function toFtsQuery(search: string): string | null {
  const parts: string[] = [];
  for (const match of search.matchAll(/"([^"]*)"|(\S+)/g)) {
    const phrase = match[1];
    const word = match[2];
    if (phrase !== undefined) {
      const clean = phrase.trim();
      if (clean) parts.push(`"${clean}"`);
    } else if (word !== undefined && OPERATORS.has(word)) {
      parts.push(word);
    } else if (word !== undefined) {
      const clean = word.replace(/"/g, '');
      const prefix = clean.endsWith('*');
      const stem = prefix ? clean.slice(0, -1) : clean;
      if (stem) parts.push(prefix ? `"${stem}"*` : `"${stem}"`);
    }
  }
  // An operator needs a term on both sides.
  while (parts.length && OPERATORS.has(parts[0]!)) parts.shift();
  while (parts.length && OPERATORS.has(parts[parts.length - 1]!)) parts.pop();
  const query: string[] = [];
  for (const part of parts) {
    if (OPERATORS.has(part) && OPERATORS.has(query[query.length - 1] ?? '')) continue;
    query.push(part);
  }
  return query.length ? query.join(' ') : null;
}
