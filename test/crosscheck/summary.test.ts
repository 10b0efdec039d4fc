import { describe, expect, it } from 'vitest';
import type { Evidence, Fact } from '../../src/crosscheck/cross-check.js';
import { extractSummary } from '../../src/crosscheck/summary/extract-summary.js';

const evidence = (article: string, start: number, text: string): Evidence => ({
  article,
  start,
  end: start + text.length,
  text,
});

const fact = (id: string, text: string, items: Evidence[], extra: Partial<Fact> = {}): Fact => ({
  id,
  status: 'corroborated',
  text,
  sources: new Set(items.map((item) => item.article)).size,
  articles: [...new Set(items.map((item) => item.article))],
  evidence: items,
  attribution: null,
  hedged: false,
  date: null,
  ...extra,
});

describe('extractSummary', () => {
  const lead = fact('f-lead', 'The ferry Osprey ran aground off Kellan on Sunday.', [
    evidence('a', 0, 'The ferry Osprey ran aground off Kellan on Sunday.'),
    evidence('b', 0, 'The Osprey ran aground off Kellan on Sunday.'),
  ]);
  const background = fact('f-owner', 'The owners of the ferry did not comment.', [
    evidence('a', 400, 'The owners of the ferry did not comment.'),
    evidence('b', 500, 'Its owners did not comment.'),
    evidence('c', 300, 'The owners declined to comment.'),
  ]);

  it('prefers what leads the reports to what more of them say in passing', () => {
    const summary = extractSummary([background, lead], 1, (e) => e.start === 0);
    expect(summary.map((sentence) => sentence.fact)).toEqual(['f-lead']);
  });

  it('never words a sentence by a side of a conflict, but may cite one as evidence', () => {
    const side = evidence('c', 0, 'The Osprey, with 212 passengers, ran aground on Sunday.');
    const conflict = fact(
      'f-count',
      'The Osprey, with 212 passengers, ran aground on Sunday.',
      [side],
      {
        status: 'conflicting',
        versions: [
          {
            about: 'figure',
            text: '212 passengers',
            sources: 1,
            articles: ['c'],
            evidence: [side],
          },
          {
            about: 'figure',
            text: '190 passengers',
            sources: 1,
            articles: ['d'],
            evidence: [evidence('d', 0, 'The Osprey carried 190 passengers.')],
          },
        ],
      },
    );
    const disputedWording = fact(
      'f-worded',
      'The Osprey, with 212 passengers, ran aground on Sunday.',
      [side, evidence('a', 0, 'The ferry Osprey ran aground off Kellan on Sunday.')],
    );
    const citing = { ...lead, evidence: [...lead.evidence, side] };
    const summary = extractSummary([conflict, disputedWording, citing], 6);
    expect(summary.map((sentence) => sentence.fact)).toEqual(['f-lead']);
  });

  it('counts a report’s opening for a fact only when it says what the fact says', () => {
    // Aligned with the openings of four reports on the topic's words, said by one.
    const topic = fact('f-topic', 'Kellan ferry crews called the strike.', [
      evidence('a', 0, 'The ferry Osprey ran aground off Kellan on Sunday.'),
      evidence('b', 0, 'The Osprey ran aground off Kellan on Sunday.'),
      evidence('c', 0, 'Ferry passengers at Kellan waited for hours on Sunday.'),
      evidence('d', 0, 'Kellan ferry crews called the strike.'),
    ]);
    const summary = extractSummary([topic, lead], 1, (e) => e.start === 0);
    expect(summary.map((sentence) => sentence.fact)).toEqual(['f-lead']);
  });

  it('leaves out phrases and clauses that began inside their sentence', () => {
    const phrase = fact('f-phrase', 'The Panama-flagged ferry', [
      evidence('a', 0, 'The Panama-flagged ferry'),
      evidence('b', 0, 'The Panama-flagged ferry'),
    ]);
    const clause = fact('f-clause', 'Leaving 212 passengers stranded at Kellan.', [
      evidence('a', 60, 'leaving 212 passengers stranded at Kellan.'),
      evidence('b', 60, 'leaving 212 passengers stranded at Kellan.'),
    ]);
    const summary = extractSummary([phrase, clause, lead], 6, (e) => e.start === 0);
    expect(summary.map((sentence) => sentence.fact)).toEqual(['f-lead']);
  });
});
