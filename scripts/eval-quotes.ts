/**
 * Quote extraction on PolNeAR (brat standoff: Source, Cue, Content spans of attributions).
 * A predicted content matches a gold content when
 *   overlap = |pred ∩ gold| / max(|pred|, |gold|) ≥ threshold
 * (characters; a discontinuous content counts its fragments only; gold fragments are trimmed of
 * the quote marks and spaces at their ends, since a predicted content excludes the marks),
 * one-to-one, greedily by overlap. Predicted quotes sharing one cue ("A," she said, "B.") are
 * one attribution, as in PolNeAR, whose content is the union of their spans. Gold is "direct" when its content, trimmed of spaces and punctuation, starts with
 * an opening and ends with a closing quote mark. Quotes nested inside another predicted quote
 * (a partial quote inside its reported clause) are not scored: PolNeAR gives each token one
 * attribution. Speaker right: the predicted speaker span overlaps the gold Source, or the
 * predicted speaker entity has a mention overlapping it. Also prints words/s of findEntities +
 * findQuotes alone vs textLayer alone on the same texts.
 *
 *   npx tsx scripts/eval-quotes.ts ../shared/data/attribution/polnear [--split dev] [--misses]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findEntities } from '../src/analyze/entities/find-entities.js';
import { findQuotes } from '../src/analyze/quotes/find-quotes.js';
import { textLayer } from '../src/analyze/text/text-layer.js';
import type { Entity, Quote, TextLayer } from '../src/model/analysis.js';

type Range = { start: number; end: number };
interface Gold {
  content: Range[];
  source: Range[];
  direct: boolean;
  text: string;
}
interface Doc {
  name: string;
  text: string;
  gold: Gold[];
}

const args = process.argv.slice(2);
const root = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--split');
if (!root) {
  console.error('usage: eval-quotes.ts <polnear folder> [--split dev] [--misses]');
  process.exit(2);
}
const splitAt = args.indexOf('--split');
const split = splitAt >= 0 ? args[splitAt + 1]! : 'dev';
const showMisses = args.includes('--misses');

const OPENERS = '"“‘«„\'';
const CLOSERS = '"”’»“\'';

function parseRanges(field: string): Range[] {
  return field.split(';').map((part) => {
    const [a, b] = part.trim().split(' ');
    return { start: Number(a), end: Number(b) };
  });
}

function isDirect(text: string, content: Range[]): boolean {
  const s = text.slice(content[0]!.start, content[content.length - 1]!.end);
  let a = 0;
  let b = s.length;
  const trim = (c: string): boolean => /[\s.,;:!?—–-]/u.test(c);
  while (a < b && trim(s[a]!)) a++;
  while (b > a && trim(s[b - 1]!)) b--;
  return b - a >= 2 && OPENERS.includes(s[a]!) && CLOSERS.includes(s[b - 1]!);
}

function readDocs(): Doc[] {
  const dir = join(root!, split);
  const files = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const seen = new Set<string>();
  const docs: Doc[] = [];
  for (const file of files) {
    // One annotator per article (the first by name) when several annotated it.
    const base = file.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (seen.has(base)) continue;
    seen.add(base);
    let text: string;
    try {
      text = readFileSync(join(dir, 'text', `${base}.txt`), 'utf8');
    } catch {
      console.error(`${file}: no text file, skipped`);
      continue;
    }
    const spans = new Map<string, { type: string; ranges: Range[] }>();
    const relations: string[][] = [];
    for (const line of readFileSync(join(dir, 'attributions', file), 'utf8').split('\n')) {
      const parts = line.split('\t');
      if (parts[0]?.startsWith('T') && parts[1]) {
        const space = parts[1].indexOf(' ');
        spans.set(parts[0], {
          type: parts[1].slice(0, space),
          ranges: parseRanges(parts[1].slice(space + 1)),
        });
      } else if (parts[0]?.startsWith('E') && parts[1]) {
        relations.push(parts[1].split(' '));
      }
    }
    const gold: Gold[] = [];
    for (const relation of relations) {
      let content: Range[] | null = null;
      let source: Range[] = [];
      for (const arg of relation) {
        const [role, id] = arg.split(':');
        const span = spans.get(id ?? '');
        if (!span) continue;
        if (role === 'Content') content = span.ranges;
        if (role === 'Source') source = span.ranges;
      }
      if (!content) continue;
      const direct = isDirect(text, content);
      content = content.map((r) => trimMarks(text, r));
      gold.push({
        content,
        source,
        direct,
        text: text.slice(content[0]!.start, content[content.length - 1]!.end),
      });
    }
    docs.push({ name: base, text, gold });
  }
  return docs;
}

function trimMarks(text: string, r: Range): Range {
  let { start, end } = r;
  const skip = (c: string): boolean => /\s/u.test(c) || OPENERS.includes(c) || CLOSERS.includes(c);
  while (start < end && skip(text[start]!)) start++;
  while (end > start && skip(text[end - 1]!)) end--;
  return { start, end };
}

function length(ranges: Range[]): number {
  return ranges.reduce((n, r) => n + r.end - r.start, 0);
}
function intersect(a: Range, ranges: Range[]): number {
  let n = 0;
  for (const r of ranges) n += Math.max(0, Math.min(a.end, r.end) - Math.max(a.start, r.start));
  return n;
}
interface Predicted {
  parts: Quote[];
  kind: Quote['kind'];
  text: string;
}
function overlap(pred: Predicted, gold: Gold): number {
  let shared = 0;
  for (const part of pred.parts) shared += intersect(part, gold.content);
  return shared / Math.max(length(pred.parts), length(gold.content));
}

/** Quotes that share one cue are one attribution ("A," she said, "B."). */
function attributions(quotes: Quote[]): Predicted[] {
  const byCue = new Map<string, Predicted>();
  const out: Predicted[] = [];
  for (const q of quotes) {
    const key = q.cueSpan ? `${q.cueSpan.start}:${q.kind === 'indirect' ? 'i' : 'd'}` : null;
    const group = key ? byCue.get(key) : undefined;
    if (group) {
      group.parts.push(q);
      continue;
    }
    const created: Predicted = { parts: [q], kind: q.kind, text: q.text };
    out.push(created);
    if (key) byCue.set(key, created);
  }
  return out;
}

/** Drops quotes nested inside another predicted quote. */
function outermost(quotes: Quote[]): Quote[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Quote[] = [];
  let reach = -1;
  for (const q of sorted) {
    if (q.end <= reach) continue;
    kept.push(q);
    reach = Math.max(reach, q.end);
  }
  return kept;
}

function speakerRight(pred: Predicted, gold: Gold, entities: Entity[]): boolean {
  const q = pred.parts[0]!;
  if (!q.speaker) return false;
  if (q.speaker.span && intersect(q.speaker.span, gold.source) > 0) return true;
  const entity = entities.find((e) => e.id === q.speaker!.entity);
  return entity ? entity.mentions.some((m) => intersect(m, gold.source) > 0) : false;
}

interface Tally {
  predicted: number;
  predictedMatched: number;
  gold: number;
  goldMatched: number;
  speakerChecked: number;
  speakerRight: number;
}
const empty = (): Tally => ({
  predicted: 0,
  predictedMatched: 0,
  gold: 0,
  goldMatched: 0,
  speakerChecked: 0,
  speakerRight: 0,
});

const docs = readDocs();
const thresholds = [0.3, 0.8];
const tallies = new Map<string, Tally>();
for (const t of thresholds)
  for (const c of ['direct', 'indirect', 'all']) tallies.set(`${t}:${c}`, empty());
const misses: string[] = [];

const analysed: { doc: Doc; layer: TextLayer; entities: Entity[]; quotes: Predicted[] }[] = [];
for (const doc of docs) {
  const layer = textLayer(doc.text);
  const entities = findEntities(doc.text, layer);
  const quotes = attributions(outermost(findQuotes(doc.text, layer, entities)));
  analysed.push({ doc, layer, entities, quotes });
  for (const threshold of thresholds) {
    const pairs: { p: number; g: number; o: number }[] = [];
    quotes.forEach((q, p) =>
      doc.gold.forEach((g, gi) => {
        const o = overlap(q, g);
        if (o >= threshold) pairs.push({ p, g: gi, o });
      }),
    );
    pairs.sort((a, b) => b.o - a.o);
    const predTo = new Map<number, number>();
    const goldTo = new Map<number, number>();
    for (const pair of pairs) {
      if (predTo.has(pair.p) || goldTo.has(pair.g)) continue;
      predTo.set(pair.p, pair.g);
      goldTo.set(pair.g, pair.p);
    }
    quotes.forEach((q, p) => {
      for (const c of [q.kind === 'direct' ? 'direct' : 'indirect', 'all']) {
        const tally = tallies.get(`${threshold}:${c}`)!;
        tally.predicted++;
        if (predTo.has(p)) tally.predictedMatched++;
      }
      if (showMisses && threshold === 0.3 && q.kind === 'direct' && !predTo.has(p))
        misses.push(`FP ${doc.name}: ${q.text.slice(0, 100)}`);
    });
    doc.gold.forEach((g, gi) => {
      for (const c of [g.direct ? 'direct' : 'indirect', 'all']) {
        const tally = tallies.get(`${threshold}:${c}`)!;
        tally.gold++;
        const p = goldTo.get(gi);
        if (p === undefined) continue;
        tally.goldMatched++;
        if (g.source.length > 0) {
          tally.speakerChecked++;
          if (speakerRight(quotes[p]!, g, entities)) tally.speakerRight++;
          else if (showMisses && threshold === 0.3 && g.direct && c === 'direct') {
            const s = quotes[p]!.parts[0]!.speaker;
            misses.push(
              `SPK ${doc.name}: gold "${g.source.map((r) => doc.text.slice(r.start, r.end)).join(' ')}" got "${s?.span ? doc.text.slice(s.span.start, s.span.end) : null}" (${s?.name}) for ${g.text.slice(0, 60)}`,
            );
          }
        }
      }
      if (showMisses && threshold === 0.3 && g.direct && !goldTo.has(gi))
        misses.push(`FN ${doc.name}: ${g.text.slice(0, 120)}`);
    });
  }
}

const f = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '-');
console.log(
  `PolNeAR ${split}: ${docs.length} articles, ${docs.reduce((n, d) => n + d.gold.length, 0)} gold attributions`,
);
console.log(
  'overlap = |pred ∩ gold| / max(|pred|, |gold|) in characters (gold trimmed of its outer quote marks; predicted quotes sharing one cue form one attribution; nested quotes not scored), one-to-one greedy matching',
);
console.log(
  'direct gold = content trimmed of spaces/punctuation starts and ends with a quote mark; direct pred = kind "direct" (partial and indirect count as indirect)',
);
console.log(
  'speaker right = share of matched gold quotes with a Source whose predicted speaker span or entity mention overlaps the gold Source\n',
);
console.log('| quotes | overlap ≥ | gold | predicted | precision | recall | F1 | speaker right |');
console.log('|---|---|---|---|---|---|---|---|');
for (const c of ['direct', 'indirect', 'all']) {
  for (const threshold of thresholds) {
    const t = tallies.get(`${threshold}:${c}`)!;
    const precision = t.predictedMatched / t.predicted;
    const recall = t.goldMatched / t.gold;
    const f1 = (2 * precision * recall) / (precision + recall);
    console.log(
      `| ${c} | ${threshold * 100}% | ${t.gold} | ${t.predicted} | ${f(precision)} | ${f(recall)} | ${f(f1)} | ${f(t.speakerRight / t.speakerChecked)} (${t.speakerRight}/${t.speakerChecked}) |`,
    );
  }
}
if (showMisses) console.log(`\n${misses.join('\n')}`);

// Speed: the same texts, twice over for stable figures, after the warm-up above.
const texts = analysed.map((a) => a.doc.text);
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
const rounds = 3;
let layerMs = 0;
let layersOut: TextLayer[] = [];
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  layersOut = texts.map((t) => textLayer(t));
  layerMs += performance.now() - t0;
}
let oursMs = 0;
let count = 0;
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  layersOut.forEach((layer, i) => {
    const entities = findEntities(texts[i]!, layer);
    count += findQuotes(texts[i]!, layer, entities).length;
  });
  oursMs += performance.now() - t0;
}
const rate = (ms: number): string =>
  Math.round((words * rounds) / (ms / 1000)).toLocaleString('en-US');
console.log(`\n| speed (${words.toLocaleString('en-US')} words × ${rounds}) | words/s |`);
console.log('|---|---|');
console.log(`| textLayer (wink-nlp pass) | ${rate(layerMs)} |`);
console.log(`| findEntities + findQuotes | ${rate(oursMs)} |`);
console.log(
  `| whole analysis (both) | ${rate(layerMs + oursMs)} (${f(layerMs / (layerMs + oursMs))} × the wink pass alone) |`,
);
void count;
