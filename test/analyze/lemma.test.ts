import { describe, expect, it } from 'vitest';
import { verbLemma } from '../../src/analyze/text/lemma.js';

describe('verb lemmas', () => {
  it('read a silent e back where a one-syllable stem would have doubled its consonant', () => {
    const lemmas = ['staged', 'staging', 'hoped', 'rated', 'fined'].map(verbLemma);
    expect(lemmas).toEqual(['stage', 'stage', 'hope', 'rate', 'fine']);
  });

  it('keep the stems that doubled, and longer or vowel-led stems, as wink reads them', () => {
    const lemmas = ['hopped', 'stopped', 'visited', 'opened', 'aimed', 'fixed', 'played'];
    expect(lemmas.map(verbLemma)).toEqual(['hop', 'stop', 'visit', 'open', 'aim', 'fix', 'play']);
  });
});
