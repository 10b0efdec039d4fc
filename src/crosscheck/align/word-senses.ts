import { existsSync, readFileSync } from 'node:fs';
import { installedFile } from './installed-files.js';

/** Where `npm install` writes the senses (scripts/install/build-word-senses.mjs). */
export const DEFAULT_SENSES = installedFile('word-senses.json');

/** The file scripts/install/build-word-senses.mjs writes. */
interface SensesFile {
  format: number;
  words: string[];
  /** Each word's common synsets; a key of VERB_KEYS or more is a verb synset's. */
  own: number[][];
  /** The narrow broader synsets of its most frequent noun and verb senses. */
  reach: number[][];
  /** The words derived from its noun senses and its verb senses, as "word|n" or "word|v". */
  derivedFromNoun: string[][];
  derivedFromVerb: string[][];
}

const FORMAT = 2;
const VERB_KEYS = 100_000_000;

const isSensesFile = (file: Partial<SensesFile>): file is SensesFile =>
  file.format === FORMAT &&
  Array.isArray(file.words) &&
  [file.own, file.reach, file.derivedFromNoun, file.derivedFromVerb].every(
    (list) => Array.isArray(list) && list.length === file.words!.length,
  );

export type SensePart = 'noun' | 'verb';

const NONE: readonly number[] = [];

/**
 * What WordNet knows of the common senses of a word used as a noun or as a verb: two words of one
 * sense ("bought" / "purchased"), a word and the broader one it is a kind of ("capsized" /
 * "overturned"), a verb and its noun ("acquire" / "acquisition") tell of one happening, where
 * word vectors only see words used alike. A word as a noun or verb is a sense id: its entry
 * twice, plus one for a verb.
 */
export class WordSenses {
  private readonly index = new Map<string, number>();
  /** The sense ids whose own synsets hold a synset. */
  private readonly owning = new Map<number, number[]>();
  private readonly nearCache = new Map<number, ReadonlySet<number>>();

  constructor(private readonly file: SensesFile) {
    file.words.forEach((word, i) => this.index.set(word, i));
    file.own.forEach((keys, entry) =>
      keys.forEach((key) => {
        const id = entry * 2 + (key >= VERB_KEYS ? 1 : 0);
        const list = this.owning.get(key);
        if (list) list.push(id);
        else this.owning.set(key, [id]);
      }),
    );
  }

  /** The senses in a file; an error names the file when it is not one of this format. */
  static read(path: string): WordSenses {
    let file: Partial<SensesFile>;
    try {
      file = JSON.parse(readFileSync(path, 'utf8')) as Partial<SensesFile>;
    } catch (error) {
      throw new Error(`${path}: ${(error as Error).message} (run npm install)`);
    }
    if (!isSensesFile(file))
      throw new Error(`${path}: not a word senses file of format ${FORMAT} (run npm install)`);
    return new WordSenses(file);
  }

  /** The sense id of a word used as a noun or a verb; -1 when WordNet has no such use. */
  id(word: string, part: SensePart): number {
    const entry = this.index.get(word);
    if (entry === undefined) return -1;
    const verb = part === 'verb';
    const has = this.file.own[entry]!.some((key) => key >= VERB_KEYS === verb);
    return has ? entry * 2 + (verb ? 1 : 0) : -1;
  }

  /**
   * The sense ids that share a synset with a sense id or that it reaches (the broader word, the
   * derived one), computed once per id, as alignment asks of the same words again and again. A
   * broad word ("change") is reached by hundreds and does not list them: `related` asks both ways.
   */
  private near(id: number): ReadonlySet<number> {
    let near = this.nearCache.get(id);
    if (near) return near;
    const entry = id >> 1;
    const verb = (id & 1) === 1;
    const found = new Set<number>();
    for (const key of this.file.own[entry] ?? NONE)
      if (key >= VERB_KEYS === verb)
        for (const other of this.owning.get(key) ?? NONE) found.add(other);
    for (const key of this.file.reach[entry] ?? NONE)
      if (key >= VERB_KEYS === verb)
        for (const other of this.owning.get(key) ?? NONE) found.add(other);
    const derived = verb ? this.file.derivedFromVerb[entry] : this.file.derivedFromNoun[entry];
    for (const target of derived ?? []) {
      const [word, part] = target.split('|');
      const other = this.id(word!, part === 'v' ? 'verb' : 'noun');
      if (other >= 0) found.add(other);
    }
    near = found;
    this.nearCache.set(id, near);
    return near;
  }

  /** Whether two sense ids tell of one happening or thing. */
  relatedIds(a: number, b: number): boolean {
    if (a < 0 || b < 0) return false;
    return a === b || this.near(a).has(b) || this.near(b).has(a);
  }

  /** Whether two words, each as a noun or a verb, tell of one happening or thing. */
  related(a: string, b: string): boolean {
    if (a === b) return true;
    for (const x of ['noun', 'verb'] as const)
      for (const y of ['noun', 'verb'] as const)
        if (this.relatedIds(this.id(a, x), this.id(b, y))) return true;
    return false;
  }
}

let shared: WordSenses | null | undefined;

/**
 * The installed word senses, read once; null when they were not built, or, with a warning, when
 * the file cannot be read: cross-checking then runs on word vectors alone.
 */
export function installedSenses(path = DEFAULT_SENSES): WordSenses | null {
  if (shared !== undefined) return shared;
  shared = null;
  if (existsSync(path))
    try {
      shared = WordSenses.read(path);
    } catch (error) {
      console.warn(`crosscheck: word senses not used: ${(error as Error).message}`);
    }
  return shared;
}
