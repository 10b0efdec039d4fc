import type { Claim } from '../claims/claim.js';

const add = (index: Map<string, number[]>, key: string, source: number) => {
  const sources = index.get(key);
  if (!sources) index.set(key, [source]);
  else if (!sources.includes(source)) sources.push(source);
};

const byOther = (sources: number[] | undefined, source: number) =>
  sources !== undefined && sources.some((other) => other !== source);

/**
 * The words a fact's claims use and the words they are written in, each with the sources that
 * use it: read once for a fact, asked of each sentence it confirms in part.
 */
export class FactWords {
  private readonly words = new Map<string, number[]>();
  private readonly written = new Map<string, number[]>();
  /** The names (`@` keys) its claims give. */
  readonly names: Array<{ key: string; sources: number[] }> = [];

  constructor(readonly members: readonly Claim[]) {
    for (const claim of members) {
      for (const word of claim.words) add(this.words, word, claim.source);
      for (const form of claim.forms.values())
        for (const part of form.toLowerCase().split(/\s+/)) add(this.written, part, claim.source);
    }
    for (const [key, sources] of this.words)
      if (key.startsWith('@')) this.names.push({ key, sources });
  }

  /** Whether a source other than `source` uses the word. */
  says(word: string, source: number): boolean {
    return byOther(this.words.get(word), source);
  }

  /** Whether a source other than `source` writes the (lower-case) word. */
  writes(part: string, source: number): boolean {
    return byOther(this.written.get(part), source);
  }
}
