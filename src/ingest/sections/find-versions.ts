import type { Span, VersionSection } from '../../model/article.js';
import { linesOf } from './lines.js';

const MAX_MARKER_LENGTH = 160;

// A line on its own that says the text below it is an earlier version of the story.
const MARKERS: RegExp[] = [
  // "Previous version of this story below:", "Earlier version:", "Original story follows"
  /^[\W_]*(?:the\s+|an?\s+)?(?:previous|earlier|original|older|prior|first)\s+(?:version|story|report|article|text)\b(?:\s+(?:of|for)\s+(?:(?:this|the)\s+)?(?:story|article|report))?(?:\s*(?:is\s+)?(?:below|follows|appears\s+below))?[\s\W_]*$/i,
  // "This story has been updated", "This article was updated on April 4 ..."
  /^[\W_]*(?:editor'?s\s+note\s*:\s*)?this\s+(?:story|article|report)\s+(?:has\s+been|was|is)\s+(?:updated|revised)\b.*$/i,
  // "Updated version below", "Story continues below with the earlier version"
  /^[\W_]*(?:updated|revised)\s+(?:story|version|article)\s+(?:below|follows)[\s\W_]*$/i,
];

function isMarker(line: string): boolean {
  return line.length <= MAX_MARKER_LENGTH && MARKERS.some((pattern) => pattern.test(line));
}

/**
 * Splits a body that keeps earlier versions below marker lines into its versions, newest first.
 * A body without a marker is one version. Each version's span is trimmed to its text.
 */
export function findVersions(text: string): VersionSection[] {
  const markers = linesOf(text).filter((line) => isMarker(line.text));
  if (markers.length === 0)
    return text.length > 0 ? [{ start: 0, end: text.length, marker: null }] : [];
  const versions: VersionSection[] = [];
  let from = 0;
  let marker: Span | null = null;
  for (const next of [...markers, null]) {
    const to = next ? next.start : text.length;
    const body = trimSpan(text, from, to);
    if (body) versions.push({ ...body, marker });
    if (next) {
      marker = { start: next.start, end: next.end };
      from = next.end;
    }
  }
  return versions;
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
