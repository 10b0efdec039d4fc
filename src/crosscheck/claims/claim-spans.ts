import type { Token } from '../../model/analysis.js';
import type { Article, Span } from '../../model/article.js';
import { clauseSpans } from './clauses.js';

/** An editor's note on the report itself ("This story was updated on April 4 to include …"). */
const EDITORS_NOTE =
  /^(?:this|the|an earlier version of this) (?:story|article|report)\b[^.]{0,40}\b(?:was|has been|were|had been) (?:updated|corrected|amended|changed|revised)\b/iu;

const inside = (span: Span, outer: Span) => span.start >= outer.start && span.end <= outer.end;

/** Characters that end a clause inside a sentence: each side is checked on its own. */
const CLAUSE_BREAK = /;\s+/g;

/**
 * The spans of an article that can carry claims: its sentences outside credit lines, split at
 * semicolons and into clauses. Earlier versions kept below an update's marker are included: they
 * are what the same outlet reported, and an update is the same source as what it updates.
 */
export function claimSpans(article: Article, sentences: Span[], tokens: Token[]): Span[] {
  const spans: Span[] = [];
  for (const sentence of sentences) {
    if (article.sections.credits.some((credit) => inside(sentence, credit))) continue;
    if (EDITORS_NOTE.test(article.text.slice(sentence.start, sentence.end).trim())) continue;
    let start = sentence.start;
    const text = article.text.slice(sentence.start, sentence.end);
    for (const match of text.matchAll(CLAUSE_BREAK)) {
      const end = sentence.start + match.index;
      if (end > start) spans.push({ start, end });
      start = end + match[0].length;
    }
    if (sentence.end > start) spans.push({ start, end: sentence.end });
  }
  const clauses: Span[] = [];
  let t = 0;
  for (const span of spans) {
    while (t < tokens.length && tokens[t]!.end <= span.start) t++;
    let u = t;
    while (u < tokens.length && tokens[u]!.start < span.end) u++;
    clauses.push(...clauseSpans(tokens.slice(t, u), span));
  }
  return clauses.filter((span) => /\p{L}/u.test(article.text.slice(span.start, span.end)));
}
