import type { Evidence, Fact, SummarySentence } from '../cross-check.js';
import { factWording } from '../verdicts/fact-wording.js';

export const DEFAULT_SUMMARY_SENTENCES = 6;

/** A sentence this close in words to one already chosen says the same again. */
const REDUNDANT = 0.5;
/** An evidence sentence this close in words to a fact's wording says it. */
const SAYS = 0.5;

/** A wording that reads on its own: no quotation left open or opened mid-way. */
function standsAlone(text: string): boolean {
  const opens = (text.match(/[“«„‘]/g) ?? []).length;
  const closes = (text.match(/[”»’]/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opens === closes && straight % 2 === 0 && !/^[“«„"']/.test(text);
}

/**
 * A fact worded by a clause that began inside its sentence ("…, ending a strike that had closed
 * the port") reads as a fragment.
 */
const wordedMidSentence = (fact: Fact) =>
  fact.evidence.some(
    (evidence) => factWording(evidence.text) === fact.text && /^\p{Ll}/u.test(evidence.text),
  );

/** A sentence of the summary ends as a sentence does. */
const asSentence = (text: string) => (/[.!?…]["”’»)]?$/.test(text) ? text : `${text}.`);

/** Words that say nothing of what happened, left out when wordings are compared. */
const FUNCTION_WORDS = new Set(
  (
    'the and for with that this from its his her their was were has have had are been but ' +
    'which who whom than into onto over after before said says say what when where'
  ).split(' '),
);

const wordsOf = (text: string) =>
  new Set(
    (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((word) => !FUNCTION_WORDS.has(word)),
  );

/** Fewer content words than this is a phrase ("The Panama-flagged ship"), not a summary line. */
const MIN_WORDS = 4;

function sharedCount(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared;
}

/** The share of a fact's words a sentence says (a two-word headline says little of a fact). */
const shareSaid = (fact: Set<string>, sentence: Set<string>) =>
  sharedCount(fact, sentence) / Math.max(1, fact.size);

const overlap = (a: Set<string>, b: Set<string>) =>
  sharedCount(a, b) / Math.max(1, Math.min(a.size, b.size));

/**
 * An extractive summary: corroborated facts first, those that lead the most reports first among
 * them (a report's opening sentences say what happened), then the best-sourced; then
 * single-source ones. Never a conflicting or hedged fact, nor one worded by a sentence that gives
 * a side of a conflict (it states what is disputed as settled), nor a piece of a quotation that
 * does not read on its own, nor a sentence that repeats a chosen one; printed in the order of the
 * facts' dates, then of their first appearance.
 */
export function extractSummary(
  facts: Fact[],
  sentences = DEFAULT_SUMMARY_SENTENCES,
  isLead: (evidence: Evidence) => boolean = () => false,
): SummarySentence[] {
  const disputed = new Set(
    facts.flatMap((fact) =>
      (fact.versions ?? []).flatMap((version) => version.evidence.map((e) => factWording(e.text))),
    ),
  );
  // A report's opening counts for a fact when it says what the fact says, not when it was aligned
  // with the fact on a word or two of the story's topic.
  const leads = (fact: Fact) => {
    const words = wordsOf(fact.text);
    return new Set(
      fact.evidence
        .filter((evidence) => isLead(evidence) && shareSaid(words, wordsOf(evidence.text)) >= SAYS)
        .map((evidence) => evidence.article),
    ).size;
  };
  const candidates = facts
    .map((fact, order) => ({ fact, order, leads: leads(fact) }))
    .filter(
      ({ fact }) =>
        fact.status !== 'conflicting' &&
        !fact.hedged &&
        standsAlone(fact.text) &&
        wordsOf(fact.text).size >= MIN_WORDS &&
        !wordedMidSentence(fact) &&
        !disputed.has(fact.text),
    )
    .sort(
      (a, b) =>
        Number(b.fact.status === 'corroborated') - Number(a.fact.status === 'corroborated') ||
        b.leads - a.leads ||
        b.fact.sources - a.fact.sources ||
        a.order - b.order,
    );
  const chosen: { fact: Fact; order: number; words: Set<string> }[] = [];
  for (const candidate of candidates) {
    if (chosen.length >= sentences) break;
    const words = wordsOf(candidate.fact.text);
    if (chosen.some((other) => overlap(words, other.words) >= REDUNDANT)) continue;
    chosen.push({ ...candidate, words });
  }
  return chosen
    .sort(
      (a, b) => (a.fact.date ?? '9999').localeCompare(b.fact.date ?? '9999') || a.order - b.order,
    )
    .map(({ fact }) => ({
      text: asSentence(fact.text),
      fact: fact.id,
      status: fact.status,
      sources: fact.sources,
      evidence: fact.evidence,
    }));
}
