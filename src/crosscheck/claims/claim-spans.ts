import type { Token } from '../../model/analysis.js';
import type { Article, Span } from '../../model/article.js';
import { clauseSpans } from './clauses.js';

/**
 * An editor's note on the report itself ("This story was updated on April 4 to include …"), not
 * "The report was revised to show that 40 patients died", which is news.
 */
const EDITORS_NOTE =
  /^(?:\(?editor['’]s note:\s*)?(?:this|an earlier version of this) (?:story|article|report)\b[^.]{0,40}\b(?:was|has been|had been) (?:updated|corrected|amended|changed|revised)\b/iu;

/** A span that can carry claims, and whether an update has replaced the version it stands in. */
export interface ClaimSpan extends Span {
  superseded: boolean;
}

const inside = (span: Span, outer: Span) => span.start >= outer.start && span.end <= outer.end;

/** Characters that end a clause inside a sentence: each side is checked on its own. */
const CLAUSE_BREAK = /;\s+/g;

/**
 * The spans of an article that can carry claims: its sentences outside credit lines and version
 * markers, split at semicolons and into clauses. Earlier versions kept below an update's marker
 * are included, marked superseded: they are what the same outlet reported, and an update is the
 * same source as what it updates.
 */
export function claimSpans(article: Article, sentences: Span[], tokens: Token[]): ClaimSpan[] {
  const spans: Span[] = [];
  const markers = article.sections.versions.flatMap((version) =>
    version.marker ? [version.marker] : [],
  );
  // Versions come newest first; a note atop the newest ("This story was updated …") marks no
  // earlier one.
  const earlier = article.sections.versions.slice(1);
  for (const sentence of sentences) {
    if (article.sections.credits.some((credit) => inside(sentence, credit))) continue;
    if (markers.some((marker) => sentence.start < marker.end && marker.start < sentence.end))
      continue;
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
  const clauses: ClaimSpan[] = [];
  let t = 0;
  for (const span of spans) {
    while (t < tokens.length && tokens[t]!.end <= span.start) t++;
    let u = t;
    while (u < tokens.length && tokens[u]!.start < span.end) u++;
    const superseded = earlier.some((version) => inside(span, version));
    for (const clause of clauseSpans(tokens.slice(t, u), span))
      clauses.push({ ...clause, superseded });
  }
  return clauses.filter((span) => /\p{L}/u.test(article.text.slice(span.start, span.end)));
}
