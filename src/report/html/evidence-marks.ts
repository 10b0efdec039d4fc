import type { Evidence, FactStatus } from '../../crosscheck/cross-check.js';
import { markup, type SafeHtml } from '../../server/html/html.js';
import { anchorUrl } from '../../server/html/safe-url.js';
import type { Mark } from '../../server/html/mark-spans.js';
import type { StoryRecord } from '../analysis-document.js';

/** The element id of the first evidence of a fact or statement on the report page. */
export const evidenceAnchor = (ref: string) => `evidence-${ref}`;

/**
 * A fact's or statement's words as the link the report's script selects it by (`data-select`);
 * without script it jumps to the first evidence.
 */
export const evidenceLink = (ref: string, text: string | SafeHtml) =>
  markup`<a class="select" href="${anchorUrl(evidenceAnchor(ref))}" data-select="${ref}">${text}</a>`;

/** One range of an article that some facts (or a statement's wordings) rest on. */
export interface EvidenceSpan {
  start: number;
  end: number;
  /** Ids of the facts and statements it is evidence of. */
  refs: string[];
  kind: FactStatus | 'quote';
}

// When facts of different verdicts share words, the mark shows the one a reader must not miss.
const PRECEDENCE: EvidenceSpan['kind'][] = ['conflicting', 'single-source', 'corroborated'];

function add(
  spans: Map<string, Map<string, EvidenceSpan>>,
  evidence: Pick<Evidence, 'article' | 'start' | 'end'>,
  ref: string,
  kind: EvidenceSpan['kind'],
) {
  const byRange = spans.get(evidence.article) ?? new Map<string, EvidenceSpan>();
  spans.set(evidence.article, byRange);
  // Quotes and facts are kept apart: they are marked on different layers.
  const key = `${kind === 'quote' ? 'q' : 'f'}:${evidence.start}:${evidence.end}`;
  const span = byRange.get(key) ?? { start: evidence.start, end: evidence.end, refs: [], kind };
  if (!span.refs.includes(ref)) span.refs.push(ref);
  if (PRECEDENCE.indexOf(kind) < PRECEDENCE.indexOf(span.kind)) span.kind = kind;
  byRange.set(key, span);
}

/** The evidence of a story's facts and statements, by article, in text order. */
export function evidenceByArticle(story: StoryRecord): Map<string, EvidenceSpan[]> {
  const spans = new Map<string, Map<string, EvidenceSpan>>();
  for (const fact of story.facts) {
    for (const evidence of fact.evidence) add(spans, evidence, fact.id, fact.status);
    for (const version of fact.versions ?? [])
      for (const evidence of version.evidence) add(spans, evidence, fact.id, fact.status);
  }
  for (const statement of story.statements)
    for (const wording of statement.wordings) add(spans, wording, statement.id, 'quote');
  return new Map(
    [...spans].map(([article, byRange]) => [
      article,
      [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end),
    ]),
  );
}

/**
 * Marks over an article's text for its evidence. `anchored` holds the refs whose first evidence
 * already has an anchor on the page; the first mark of each other ref gets one (and adds it).
 */
export function evidenceMarks(spans: EvidenceSpan[], anchored: Set<string>): Mark[] {
  return spans.map((span) => {
    const anchors = span.refs.filter((ref) => !anchored.has(ref));
    for (const ref of anchors) anchored.add(ref);
    const targets = anchors.map(
      (ref) => markup`<span class="anchor" id="${evidenceAnchor(ref)}"></span>`,
    );
    return {
      start: span.start,
      end: span.end,
      layer: span.kind === 'quote' ? 1 : 0,
      open: (continued) =>
        markup`${continued ? '' : targets}<mark class="ev ev-${span.kind}" data-ref="${span.refs.join(' ')}">`,
      close: markup`</mark>`,
    };
  });
}
