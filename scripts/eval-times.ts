/**
 * Temporal expressions on TimeBank 1.2 (TempEval-3 cleaning): each document's DCT is the
 * article date, its TEXT (tags stripped) the article text, its TIMEX3 tags the gold spans.
 * Prints recall and value accuracy of dates and durations, precision of dates, and the speed of
 * findTimes against the bare wink-nlp pass in the same run.
 *
 *   npx tsx scripts/eval-times.ts ../shared/data/time/timebank [--misses]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTimes } from '../src/analyze/times/find-times.js';
import { textLayer } from '../src/analyze/text/text-layer.js';
import { detectSections } from '../src/ingest/sections/detect-sections.js';
import type { Span } from '../src/model/article.js';

interface Timex extends Span {
  type: string;
  value: string;
  text: string;
}

interface Document {
  name: string;
  dct: string;
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFS = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);

function attribute(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

/** The TEXT element with its tags stripped and entities decoded, and the TIMEX3 spans in it. */
function readTml(name: string, xml: string): Document {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = dctTag ? attribute(dctTag[1]!, 'value') : '';
  const from = xml.indexOf('<TEXT>') + '<TEXT>'.length;
  const to = xml.indexOf('</TEXT>');
  let text = '';
  const timexes: Timex[] = [];
  let open: { tag: string; start: number } | null = null;
  for (let i = from; i < to; i++) {
    const c = xml[i]!;
    if (c === '<') {
      const close = xml.indexOf('>', i);
      const tag = xml.slice(i + 1, close);
      if (tag.startsWith('TIMEX3')) open = { tag, start: text.length };
      else if (tag === '/TIMEX3' && open) {
        const span = { start: open.start, end: text.length };
        timexes.push({
          ...span,
          type: attribute(open.tag, 'type'),
          value: attribute(open.tag, 'value'),
          text: text.slice(span.start, span.end),
        });
        open = null;
      }
      i = close;
    } else if (c === '&') {
      const semi = xml.indexOf(';', i);
      text += ENTITIES[xml.slice(i + 1, semi)] ?? '&';
      i = semi;
    } else text += c;
  }
  return { name, dct, text, timexes };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Equal at the gold's granularity: a finer value of ours counts when the gold is its prefix. */
function sameValue(ours: string | null, gold: string): boolean {
  if (!ours) return false;
  return ours === gold || (ours.startsWith(gold) && /^[-T:]/.test(ours.slice(gold.length)));
}

interface Row {
  gold: number;
  found: number;
  correct: number;
}
const row = (): Row => ({ gold: 0, found: 0, correct: 0 });

const args = process.argv.slice(2);
const root = args.find((arg) => !arg.startsWith('--'));
if (!root) {
  console.error('usage: eval-times.ts <timebank folder> [--misses]');
  process.exit(2);
}
const showMisses = args.includes('--misses');
const documents = readdirSync(root)
  .filter((file) => file.endsWith('.tml'))
  .sort()
  .map((file) => readTml(file, readFileSync(join(root, file), 'utf8')));

const rows = { dates: row(), refs: row(), times: row(), durations: row() };
let ours = 0;
let oursOnGold = 0;
const misses: string[] = [];
for (const doc of documents) {
  const article = { text: doc.text, published: doc.dct, sections: detectSections(doc.text) };
  const result = findTimes(article, textLayer(doc.text));
  for (const time of result.times) {
    ours++;
    if (doc.timexes.some((gold) => overlaps(gold, time))) oursOnGold++;
    else if (showMisses) misses.push(`extra ${doc.name} [${time.text}] ${time.value}`);
  }
  for (const gold of doc.timexes) {
    const target =
      gold.type === 'DURATION'
        ? rows.durations
        : gold.type === 'TIME'
          ? rows.times
          : gold.type !== 'DATE'
            ? null
            : REFS.has(gold.value)
              ? rows.refs
              : rows.dates;
    if (!target) continue;
    target.gold++;
    const pool: Array<Span & { value: string | null; text: string }> =
      gold.type === 'DURATION' ? result.durations : result.times;
    const match = pool.find((mine) => overlaps(gold, mine));
    if (match) target.found++;
    if (match && sameValue(match.value, gold.value)) target.correct++;
    else if (showMisses && gold.type !== 'DURATION' && !REFS.has(gold.value))
      misses.push(
        `${match ? 'wrong' : 'miss '} ${doc.name} dct=${doc.dct.slice(0, 10)} [${gold.text}] gold=${gold.value} ours=${match ? `[${match.text}] ${match.value}` : '-'}`,
      );
  }
}

// Speed: the bare wink pass and findTimes alone, over the same texts in the same run.
const words = documents.reduce((sum, doc) => sum + doc.text.split(/\s+/).filter(Boolean).length, 0);
const ROUNDS = 5;
const layers = documents.map((doc) => textLayer(doc.text));
let started = performance.now();
for (let r = 0; r < ROUNDS; r++) for (const doc of documents) textLayer(doc.text);
const winkMs = performance.now() - started;
const articles = documents.map((doc) => ({
  text: doc.text,
  published: doc.dct,
  sections: detectSections(doc.text),
}));
started = performance.now();
for (let r = 0; r < ROUNDS; r++) articles.forEach((article, i) => findTimes(article, layers[i]!));
const timesMs = performance.now() - started;
const perSecond = (ms: number): string =>
  `${Math.round((words * ROUNDS) / (ms / 1000)).toLocaleString('en')}`;

const pct = (n: number, d: number): string => (d === 0 ? '–' : (n / d).toFixed(3));
console.log(`TimeBank: ${documents.length} documents, ${words.toLocaleString('en')} words\n`);
console.log('| gold TIMEX3 | count | recall | value accuracy (of found) | value F1 |');
console.log('|---|---:|---:|---:|---:|');
const line = (label: string, r: Row): void => {
  const recall = r.found / r.gold;
  const accuracy = r.found === 0 ? 0 : r.correct / r.found;
  console.log(
    `| ${label} | ${r.gold} | ${pct(r.found, r.gold)} | ${pct(r.correct, r.found)} | ${pct(2 * recall * accuracy * (r.found / Math.max(r.found, 1)), recall + accuracy || 1)} |`,
  );
};
line('DATE (without *_REF)', rows.dates);
line('DATE PRESENT/PAST/FUTURE_REF (not emitted by design)', rows.refs);
line('TIME', rows.times);
line('DURATION (vs our durations)', rows.durations);
console.log(
  `\nprecision of our dates (overlap any gold TIMEX3): ${pct(oursOnGold, ours)} (${oursOnGold}/${ours})`,
);
console.log(`\n| speed (${ROUNDS} rounds) | words/s |`);
console.log('|---|---:|');
console.log(`| textLayer (bare wink-nlp pass) | ${perSecond(winkMs)} |`);
console.log(`| findTimes alone | ${perSecond(timesMs)} |`);
console.log(`\nfindTimes costs ${((timesMs / winkMs) * 100).toFixed(1)}% of the wink pass`);
if (showMisses) console.log(`\n${misses.join('\n')}`);
