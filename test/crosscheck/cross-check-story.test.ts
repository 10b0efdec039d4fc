import { describe, expect, it } from 'vitest';
import { installedVectors } from '../../src/crosscheck/align/word-vectors.js';
import { crossCheckStory } from '../../src/crosscheck/cross-check-story.js';
import type { Fact } from '../../src/crosscheck/cross-check.js';
import { bridgeStory } from './invented-reports.js';

const story = bridgeStory();
const [herald, chronicle, wire, copy] = story.articles.map(({ article }) => article.id);
const result = crossCheckStory(story);
const withText = (text: string) => (fact: Fact) =>
  fact.evidence.some((evidence) => evidence.text.includes(text));

describe('crossCheckStory on invented reports of a bridge collapse', () => {
  it('finds the two death tolls as a conflict, each version with its source and words', () => {
    const conflict = result.facts.find(
      (fact) => fact.status === 'conflicting' && withText('12 people')(fact),
    );
    expect(conflict).toBeDefined();
    const versions = conflict!.versions!.map((v) => ({ text: v.text, articles: v.articles }));
    expect(versions).toEqual(
      expect.arrayContaining([
        { text: '12 people', articles: [herald] },
        { text: 'Fifteen people', articles: [chronicle] },
      ]),
    );
    for (const version of conflict!.versions!)
      for (const evidence of version.evidence) {
        const text = story.articles.find(({ article }) => article.id === evidence.article)!.article
          .text;
        expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
      }
  });

  it('counts a wire report and its copy as one source', () => {
    const closure = result.facts.find(
      withText('two other bridges over the Selder would stay shut'),
    );
    expect(closure).toBeDefined();
    expect(closure!.articles).toEqual(expect.arrayContaining([wire, copy]));
    // Herald, Chronicle and the wire: its copy adds no source.
    expect(closure!.sources).toBe(closure!.articles.includes(herald!) ? 3 : 2);
    expect(closure!.status).toBe('corroborated');
  });

  it('keeps what one outlet alone reports as single-source', () => {
    const alone = result.facts.filter(withText('cut short a trade visit'));
    expect(alone.length).toBeGreaterThan(0);
    for (const fact of alone) {
      expect(fact.sources).toBe(1);
      expect(fact.status).toBe('single-source');
    }
  });

  it('makes one statement of a remark worded differently by two outlets', () => {
    const holm = result.statements.filter((statement) => statement.speaker === 'Petra Holm');
    expect(holm).toHaveLength(1);
    expect(holm[0]!.sources).toBe(2);
    expect(holm[0]!.wordings.map((wording) => wording.article).sort()).toEqual(
      [herald, chronicle].sort(),
    );
  });

  it('dates facts from the analysis: Wednesday before the reports of the 15th', () => {
    const collapse = result.timeline.find((entry) =>
      entry.evidence.some((evidence) => evidence.text.includes('collapsed in Marrowick')),
    );
    expect(collapse?.date).toBe('2033-09-14');
    const dates = result.timeline.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('summarises in at most six cited sentences, never a disputed figure', () => {
    expect(result.summary.length).toBeGreaterThan(0);
    expect(result.summary.length).toBeLessThanOrEqual(6);
    for (const sentence of result.summary) {
      expect(sentence.status).not.toBe('conflicting');
      expect(sentence.evidence.length).toBeGreaterThan(0);
      expect(sentence.text).not.toMatch(/12 people|Fifteen people/);
    }
  });

  it('gives the same facts whatever the order of the articles', () => {
    const reversed = crossCheckStory({ ...story, articles: [...story.articles].reverse() });
    const key = (fact: Fact) =>
      `${fact.status}:${fact.evidence
        .map((e) => `${e.article}:${e.start}`)
        .sort()
        .join(',')}`;
    expect(reversed.facts.map(key).sort()).toEqual(result.facts.map(key).sort());
  });

  it('works without word vectors and on an empty story', () => {
    const plain = crossCheckStory(story, { vectors: null });
    const closure = plain.facts.find(withText('council closed two other bridges'));
    expect(closure?.status).toBe('corroborated');
    expect(crossCheckStory({ articles: [], sources: [] })).toEqual({
      facts: [],
      statements: [],
      timeline: [],
      summary: [],
    });
  });

  it('uses the installed word vectors when npm install built them', () => {
    // The vectors are built by the postinstall script; a checkout without them still works
    // (previous test), so this only checks that the file, when present, is read.
    const vectors = installedVectors();
    if (vectors) expect(vectors.similarity('lorry', 'truck')).toBeGreaterThan(0.5);
  });
});
