import type { Token } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';

/**
 * A time of day written without a space before "am" or "pm" ("4.15am", "3.40pm"), which wink
 * splits in the wrong places ("4" "." "15am", or "3.4" "0am") and may end a sentence inside.
 */
const CLOCK = /(?<![\p{L}\p{N}.])(\d{1,2}[.:]\d{2})([ap]m\b|[ap]\.m\.?)/giu;

/** The spans of such times in a text, each with where its number ends. */
export function clockSpans(text: string): Array<Span & { split: number }> {
  const spans: Array<Span & { split: number }> = [];
  for (const match of text.matchAll(CLOCK))
    spans.push({
      start: match.index,
      end: match.index + match[0].length,
      split: match.index + match[1]!.length,
    });
  return spans;
}

/**
 * Retokenises each such time as its number and its "am" or "pm", as wink tokenises "4.15 am";
 * `forms` (parallel to `tokens`) gets -1, no known form, for the new tokens.
 */
export function repairClockTokens(
  tokens: Token[],
  forms: number[],
  clocks: ReadonlyArray<Span & { split: number }>,
  text: string,
): void {
  for (let c = clocks.length - 1; c >= 0; c--) {
    const clock = clocks[c]!;
    const first = tokens.findIndex((token) => token.end > clock.start);
    if (first < 0 || tokens[first]!.start < clock.start) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < clock.end) last++;
    // A token that runs past the time ("0am." with the full stop) keeps the rest as punctuation.
    const tail = tokens[last]!.end > clock.end ? tokens[last]!.end : clock.end;
    if (tokens[first]!.end === clock.split && tokens[last]!.end === clock.end) continue;
    const made: Token[] = [
      {
        start: clock.start,
        end: clock.split,
        text: text.slice(clock.start, clock.split),
        pos: 'NUM',
        lemma: text.slice(clock.start, clock.split),
      },
      {
        start: clock.split,
        end: clock.end,
        text: text.slice(clock.split, clock.end),
        pos: 'NOUN',
        lemma: text.slice(clock.split, clock.end).toLowerCase(),
      },
    ];
    if (tail > clock.end)
      made.push({
        start: clock.end,
        end: tail,
        text: text.slice(clock.end, tail),
        pos: 'PUNCT',
        lemma: text.slice(clock.end, tail),
      });
    tokens.splice(first, last - first + 1, ...made);
    forms.splice(first, last - first + 1, ...made.map(() => -1));
  }
}

/** Sentences joined again where wink ended one inside such a time ("at about 4." / "15am on …"). */
export function joinAcrossClocks(sentences: Span[], clocks: readonly Span[]): Span[] {
  const joined: Span[] = [];
  for (const sentence of sentences) {
    const previous = joined[joined.length - 1];
    if (
      previous &&
      clocks.some(
        (clock) =>
          previous.end > clock.start && previous.end < clock.end + 1 && sentence.start < clock.end,
      )
    ) {
      previous.end = sentence.end;
      continue;
    }
    joined.push({ ...sentence });
  }
  return joined;
}
