/**
 * Finds gold text in an article's text with whitespace normalised the same way on both sides
 * (every run of whitespace, paragraph breaks included, read as one space), and gives the span in
 * the article's own offsets.
 */
import type { Span } from '../../src/model/article.js';

export interface NormalisedText {
  /** The text with each whitespace run as one space. */
  flat: string;
  /** For each index of `flat`, the index in the original text (plus one entry for the end). */
  origin: number[];
}

export function normalise(text: string): NormalisedText {
  let flat = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (/\s/u.test(text[i]!)) {
      if (inSpace) continue;
      inSpace = true;
      flat += ' ';
    } else {
      inSpace = false;
      flat += text[i];
    }
    origin.push(i);
  }
  origin.push(text.length);
  return { flat, origin };
}

const flatten = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Every place `needle` stands in `haystack` (normalised once by the caller), as original spans. */
export function locate(haystack: NormalisedText, needle: string): Span[] {
  const target = flatten(needle);
  const spans: Span[] = [];
  if (!target) return spans;
  for (let at = haystack.flat.indexOf(target); at >= 0; at = haystack.flat.indexOf(target, at + 1))
    spans.push({
      start: haystack.origin[at]!,
      // The end is just past the last character matched.
      end: haystack.origin[at + target.length - 1]! + 1,
    });
  return spans;
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
