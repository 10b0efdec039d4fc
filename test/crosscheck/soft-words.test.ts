import { describe, expect, it } from 'vitest';
import { softPairs, type SoftWords } from '../../src/crosscheck/align/soft-words.js';
import type { WordVectors } from '../../src/crosscheck/align/word-vectors.js';
import { ClaimSimilarity } from '../../src/crosscheck/align/claim-similarity.js';
import { bareClaim as claim } from './bare-claim.js';

/** Invented cosines between word rows: "talk" is close to everything, as broad words are. */
const COSINES: Record<string, number> = {
  'negotiation|talk': 0.9,
  'offer|talk': 0.7,
  'talk|wage': 0.65,
  'pay|wage': 0.8,
  'offer|pay': 0.55,
};
const WORDS = ['talk', 'offer', 'pay', 'negotiation', 'wage'];
const vectors = {
  row: (word: string) => WORDS.indexOf(word),
  rowSimilarity: (a: number, b: number) => COSINES[[WORDS[a]!, WORDS[b]!].sort().join('|')] ?? 0,
} as unknown as WordVectors;

const soft = (words: string[]): SoftWords => ({
  words,
  rows: Int32Array.from(words, (word) => WORDS.indexOf(word)),
  weights: Float64Array.from(words, () => 1),
  senses: Int32Array.from(words, () => -1),
});

describe('near-synonym pairs', () => {
  it('pair each word only with its mutual nearest, so one broad word stands for one word', () => {
    const a = soft(['talk', 'pay']);
    const b = soft(['negotiation', 'offer', 'wage']);
    const pairs: string[] = [];
    const found = softPairs(a, b, new Set(a.words), new Set(b.words), vectors);
    for (let k = 0; k < found.count; k++)
      pairs.push(`${a.words[found.a[k]!]}~${b.words[found.b[k]!]} ${found.near[k]!.toFixed(1)}`);
    // "talk" is near "offer" and "wage" too, but its nearest is "negotiation"; "offer" is nobody's
    // nearest in return, and counts as confirmed by nothing.
    expect(pairs).toEqual(['talk~negotiation 0.8', 'pay~wage 0.6']);
  });
});

describe('a link’s core', () => {
  it('holds the near-synonyms that pair, not every word near some word of the other claim', () => {
    const claims = [claim(0, ['talk', 'pay']), claim(1, ['negotiation', 'offer', 'wage'])];
    const weights = new Map(WORDS.map((word) => [word, 1]));
    const core = new ClaimSimilarity(claims, weights, vectors).core(0, 1);
    expect([...core.a.keys()].sort()).toEqual(['pay', 'talk']);
    // Nothing confirms the offer: "talk" is near it, but nearer "negotiation".
    expect([...core.b.keys()].sort()).toEqual(['negotiation', 'wage']);
  });
});
