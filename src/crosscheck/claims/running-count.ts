/**
 * Words that give a figure as the count at the time of writing: "has now burned", "still
 * missing"; not what someone now says or still does not know ("police now say", "still do not").
 */
const NOW =
  /\b(?:now|still|so far|to date|as yet)\b(?!\s+(?:say|says|said|believe|believes|think|thinks|know|knows|do|does|did)\b)/i;

/**
 * Words that give a figure as a count at some moment, which later reports move on: "the toll
 * stood at nine", "by Tuesday morning", "raised the number of injured to 15".
 */
const AT_A_MOMENT =
  /\b(?:as of|stood at|stands at|(?:has|have|had) (?:risen|climbed|grown|fallen|dropped|reached)|rose to|climbed to|risen to|raised the (?:number|toll|count)|by (?:then|this|last|early|late|mid|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the (?:morning|afternoon|evening|end)))\b/i;

/** How a claim gives its figures as a running count: as of writing, at a moment, or not at all. */
export function runningCount(text: string): 'now' | 'moment' | null {
  if (NOW.test(text)) return 'now';
  return AT_A_MOMENT.test(text) ? 'moment' : null;
}

/**
 * The day a claim's figures are of: the day it was written for a count as of writing ("have now
 * died", whatever day the collapse was), else the one day it gives ("On Monday, some 1,100
 * lorries"), else the day its article was published; null when none is known.
 */
export function figureDay(
  dates: readonly string[],
  published: string | null,
  running: 'now' | 'moment' | null,
): string | null {
  const publishedDay =
    published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
  if (running === 'now') return publishedDay;
  const days = new Set(dates.filter((date) => date.length >= 10).map((date) => date.slice(0, 10)));
  if (days.size === 1) return [...days][0]!;
  return days.size > 1 ? null : publishedDay;
}
