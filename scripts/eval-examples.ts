/**
 * The analysis of the example corpus against its hand-made gold file (examples/gold.json):
 * entities, quotes with speakers, dates and quantities. A gold item counts as found when one of
 * ours overlaps its text in the same article (quotes: at least 30% of the longer span; the
 * speaker is judged on the quote that overlaps most).
 *
 *   npx tsx scripts/eval-examples.ts [--misses]
 */
import { readFileSync } from 'node:fs';
import { analyzeInputs } from '../src/engine/analyze-inputs.js';
import type { ArticleRecord } from '../src/report/analysis-document.js';

interface GoldItem {
  article: string;
  text: string;
}
interface Gold {
  entities: { name: string; type: string; articles: string[] }[];
  quotes: (GoldItem & { kind: string; speaker: string | null })[];
  times: (GoldItem & { value: string })[];
  quantities: (GoldItem & { value: number })[];
}

const showMisses = process.argv.includes('--misses');
const gold = JSON.parse(readFileSync('examples/gold.json', 'utf8')) as Gold;
const document = await analyzeInputs(['examples/corpus'], { threads: 1 });
const byKey = new Map<string, ArticleRecord>(document.articles.map((a) => [a.url ?? a.source, a]));

/** Every place the gold text stands in its article. */
function goldSpans(item: GoldItem): { article: ArticleRecord; start: number; end: number }[] {
  const article = byKey.get(item.article);
  if (!article) throw new Error(`gold article not read: ${item.article}`);
  const spans = [];
  const parts = item.text.split('\n\n');
  for (
    let at = article.text.indexOf(parts[0]!);
    at >= 0;
    at = article.text.indexOf(parts[0]!, at + 1)
  ) {
    const last = parts[parts.length - 1]!;
    const end =
      parts.length > 1 ? article.text.indexOf(last, at) + last.length : at + item.text.length;
    spans.push({ article, start: at, end });
  }
  return spans;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) /
  Math.max(a.end - a.start, b.end - b.start);

const rows: string[][] = [];
const misses: string[] = [];

function tally(label: string, found: number, total: number, right?: number) {
  rows.push([
    label,
    String(total),
    (found / total).toFixed(3),
    right === undefined ? '' : (right / Math.max(found, 1)).toFixed(3),
  ]);
}

for (const kind of ['direct', 'partial', 'indirect']) {
  const items = gold.quotes.filter((q) => q.kind === kind);
  let found = 0;
  let right = 0;
  for (const item of items) {
    // The best-overlapping quote of ours is the one judged: a quote nested in another (reported
    // speech inside a direct quote) is matched by itself, not by the quote around it.
    const ours = goldSpans(item)
      .flatMap((span) =>
        (document.quotes ?? [])
          .filter((q) => q.article === span.article.id)
          .map((q) => ({ q, o: overlap(q, span) })),
      )
      .filter((m) => m.o >= 0.3)
      .sort((a, b) => b.o - a.o)
      .map((m) => m.q);
    if (!ours.length) {
      misses.push(`quote ${kind}: ${item.text.slice(0, 70)}`);
      continue;
    }
    found++;
    const speaker = ours[0]!.speaker?.name ?? null;
    const [a, b] = [speaker?.toLowerCase(), item.speaker?.toLowerCase()];
    if (a && b && (a.includes(b) || b.includes(a))) right++;
    else misses.push(`speaker of “${item.text.slice(0, 50)}”: ${speaker} (gold ${item.speaker})`);
  }
  tally(`quotes, ${kind}`, found, items.length, right);
}

for (const type of ['person', 'organization', 'place']) {
  const items = gold.entities.filter((e) => e.type === type);
  let found = 0;
  let typed = 0;
  for (const item of items) {
    const ours = (document.entities ?? []).find(
      (e) => e.name === item.name || e.aliases.includes(item.name),
    );
    if (!ours) {
      misses.push(`entity ${type}: ${item.name}`);
      continue;
    }
    found++;
    if (ours.type === type) typed++;
    else misses.push(`entity type of ${item.name}: ${ours.type}`);
  }
  tally(`entities, ${type}`, found, items.length, typed);
}

// Precision: of our people and bodies, the share that are a gold entity of the same type.
for (const type of ['person', 'organization']) {
  const ours = (document.entities ?? []).filter((e) => e.type === type);
  const right = ours.filter((e) =>
    gold.entities.some((g) => g.type === type && [e.name, ...e.aliases].includes(g.name)),
  );
  for (const wrong of ours.filter((e) => !right.includes(e)))
    misses.push(`not a gold ${type}: ${wrong.name}`);
  rows.push([
    `entities, ${type}: precision`,
    String(ours.length),
    (right.length / Math.max(ours.length, 1)).toFixed(3),
    '',
  ]);
}

for (const [layer, items, value] of [
  ['dates', gold.times, (a: { value: unknown }, b: { value: unknown }) => a.value === b.value],
  [
    'quantities',
    gold.quantities,
    (a: { value: unknown }, b: { value: unknown }) => a.value === b.value,
  ],
] as const) {
  let found = 0;
  let right = 0;
  for (const item of items) {
    const list = layer === 'dates' ? (document.times ?? []) : (document.quantities ?? []);
    const ours = goldSpans(item).flatMap((span) =>
      list.filter((t) => t.article === span.article.id && overlap(t, span) > 0),
    );
    if (!ours.length) {
      misses.push(`${layer}: ${item.text}`);
      continue;
    }
    found++;
    if (ours.some((o) => value(o, item))) right++;
    else
      misses.push(
        `${layer} value of ${item.text}: ${ours.map((o) => o.value).join(', ')} (gold ${item.value})`,
      );
  }
  tally(layer, found, items.length, right);
}

console.log(`\nExample corpus against examples/gold.json (${document.articles.length} articles)\n`);
console.log(
  '| layer | gold items (ours, for precision) | found (precision) | right (speaker, type or value) |',
);
console.log('|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
if (showMisses) console.log(`\n${misses.join('\n')}`);
