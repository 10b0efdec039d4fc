import { existsSync, readFileSync } from 'node:fs';
import { installedFile } from './installed-files.js';
import { installedSenses, type WordSenses } from './word-senses.js';

/** Where `npm install` writes the vectors (scripts/install/build-word-vectors.mjs). */
export const DEFAULT_VECTORS = installedFile('word-vectors.bin');

/**
 * Word vectors (unit length, quantised to bytes) for telling how close two words are in meaning:
 * "collapsed" and "failed", "lorry" and "truck"; with WordNet's common senses beside them, read
 * by alignment (soft-words.ts, predicates.ts), for words vectors see used differently
 * ("capsized" / "overturned").
 */
export class WordVectors {
  private readonly rows = new Map<string, number>();

  private constructor(
    private readonly data: Int8Array,
    private readonly dims: number,
    words: string[],
    /** WordNet's common senses, read beside the vectors when installed. */
    readonly senses: WordSenses | null,
  ) {
    words.forEach((word, i) => this.rows.set(word, i));
  }

  static read(path: string, senses: WordSenses | null = null): WordVectors {
    const file = readFileSync(path);
    const headerLength = file.readUInt32LE(0);
    const header = JSON.parse(file.subarray(4, 4 + headerLength).toString('utf8')) as {
      dims: number;
      words: string[];
    };
    const offset = file.byteOffset + 4 + headerLength;
    const data = new Int8Array(file.buffer, offset, header.words.length * header.dims);
    return new WordVectors(data, header.dims, header.words, senses);
  }

  /** The row of a word's vector, -1 when it has none. */
  row(word: string): number {
    return this.rows.get(word) ?? -1;
  }

  /** Cosine of two rows' vectors. */
  rowSimilarity(ra: number, rb: number): number {
    const dims = this.dims;
    const data = this.data;
    let dot = 0;
    for (let i = 0, x = ra * dims, y = rb * dims; i < dims; i++, x++, y++)
      dot += data[x]! * data[y]!;
    return dot / (127 * 127);
  }

  /** Cosine of two words' vectors; 0 when either has none. */
  similarity(a: string, b: string): number {
    if (a === b) return 1;
    const ra = this.rows.get(a);
    const rb = this.rows.get(b);
    return ra !== undefined && rb !== undefined ? this.rowSimilarity(ra, rb) : 0;
  }
}

let shared: WordVectors | null | undefined;

/** The installed word vectors with the installed senses, read once; null when they were not built. */
export function installedVectors(path = DEFAULT_VECTORS): WordVectors | null {
  if (shared === undefined)
    shared = existsSync(path) ? WordVectors.read(path, installedSenses()) : null;
  return shared;
}
