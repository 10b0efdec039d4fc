/**
 * Alignment against ECB+ event coreference. For each gold story of ecbplus-dev.jsonl, its
 * articles are analysed and cross-checked together (each article its own source). Gold links:
 * pairs of sentences of different articles of the story that both hold mentions of one event
 * chain (singleton chains left out). System links: pairs of sentences of different articles that
 * are evidence of one fact (versions included) or wordings of one statement. ECB+ sentence
 * numbers are found for the article's sentences by scripts/lib/ecb-sentence-map.ts; the share of
 * annotated mentions whose words stand in the sentence so mapped is printed.
 *
 * Baselines in the same run: (a) same head lemma of gold event mentions (wink-lemmatizer),
 * (b) without gold mentions, two sentences sharing a content verb's lemma.
 *
 * Like for like with (a), the gold-mention setting: "crosscheck alignment over gold mentions" is
 * given the same mentions and judges which are one event with crosscheck's own matching
 * (scripts/lib/gold-mention-events.ts over scripts/lib/same-happening.ts): the words
 * naming each, lemmatised and synonym-folded as claims word them, near-synonyms by the word
 * vectors at cosine ≥ 0.8 or of one common WordNet sense (src/crosscheck/align/word-senses.ts, as
 * either a noun or a verb: a mention's part of speech is not asked), and what tells two happenings apart in the claims holding them
 * (people, places, days, figures, news against background). After the table, its sensitivity to
 * that cosine and to each reason, and the precision of its variants at baseline (a)'s recall, swept
 * by a least word similarity of the two claims (`ClaimSimilarity.words`).
 *
 * ECB+ annotates events in some sentences only: the row "annotated sentences only" keeps the links
 * between sentences that hold at least one gold mention, which the gold can judge. Those sentences
 * are mostly about the story's main events, so linking every pair of them already scores well on F1:
 * the row "every pair of annotated sentences" prints that floor, and a method is only better than
 * another where it is more precise at the same recall.
 *
 * Articles carry the day of their page's date line where one can be read, as a user's would;
 * `--undated` drops them all (as before 2026-11-23 c).
 *
 *   npx tsx scripts/eval-alignment.ts ../shared/data/stories/ecbplus-dev.jsonl
 *     ../shared/data/stories/ecbplus-dev-events.json [--impl path/to/module.ts] [--stories N]
 *     [--undated]
 */
import { ANALYSIS_BATCH, analyzeWithLayers } from '../src/analyze/analyze-article.js';
import type { StoryArticle } from '../src/crosscheck/cross-check.js';
import type { TextLayer } from '../src/model/analysis.js';
import type { Span } from '../src/model/article.js';
import { cpuTimed, median } from './lib/cpu-time.js';
import { looseDate, readEcbDocuments, readEcbMentions, type EcbDocument } from './lib/ecb-plus.js';
import { mapEcbSentences, sentIdsOf, type SentenceMap } from './lib/ecb-sentence-map.js';
import { allEvidence } from './lib/fact-matching.js';
import { loadCrossCheck } from './lib/load-cross-check.js';
import { addPairs, NO_PAIRS, pairScores, sumScores, type PairScores } from './lib/pair-scores.js';
import { contentVerbs, headLemma } from './lib/same-lemma.js';
import {
  goldMentionLinks,
  goldMentionStory,
  type GoldMentionStory,
} from './lib/gold-mention-events.js';
import { APART_REASONS, type Apart, type SameHappeningOptions } from './lib/same-happening.js';
import { installedVectors } from '../src/crosscheck/align/word-vectors.js';

const args = process.argv.slice(2);
const paths = args.filter(
  (arg, i) => !arg.startsWith('--') && !args[i - 1]?.match(/^--(impl|stories)$/),
);
if (paths.length < 2) {
  console.error(
    'usage: eval-alignment.ts <ecbplus-dev.jsonl> <ecbplus-dev-events.json> [--impl module]',
  );
  process.exit(2);
}
const storyLimit = args.includes('--stories')
  ? Number(args[args.indexOf('--stories') + 1])
  : Infinity;
const { crossCheckStory, label } = await loadCrossCheck(args);
const documents = readEcbDocuments(paths[0]!, args.includes('--undated') ? undefined : looseDate);
const mentions = readEcbMentions(paths[1]!);

const byStory = new Map<string, EcbDocument[]>();
for (const d of documents) byStory.set(d.story, [...(byStory.get(d.story) ?? []), d]);

const key = (doc: string, sentId: number) => `${doc}#${sentId}`;
const docOf = (k: string) => k.slice(0, k.lastIndexOf('#'));
const apart = (a: string, b: string) => docOf(a) !== docOf(b);

/** One row per method: all links, and links between annotated sentences only. */
const GOLD_MENTIONS = 'crosscheck alignment over gold mentions';
const METHODS = [
  'crossCheckStory',
  GOLD_MENTIONS,
  'baseline (a): same head lemma, gold mentions',
  'baseline (b): same content verb lemma',
  'every pair of annotated sentences (no method)',
];
const totals = new Map<string, PairScores>();
const add = (name: string, scores: PairScores) =>
  totals.set(name, sumScores(totals.get(name) ?? NO_PAIRS, scores));
const times: number[] = [];
const perArticle: number[] = [];
let placed = 0;
let mentionCount = 0;
let stories = 0;
let facts = 0;
let statements = 0;
let multiFacts = 0;
let multiStatements = 0;
// ECB+ marks no conflicts; most conflicts found in its stories are false (see README), so their
// number is a figure to bring down.
let conflicting = 0;

/** The gold-mention method's settings in the table; the sweeps after it vary them. */
const NEAR = 0.8;
const GOLD_MENTION_OPTIONS: SameHappeningOptions = { near: NEAR, context: 0 };
const vectors = installedVectors();
/** Each story's gold links and mentions as crosscheck sees them, for the sweeps. */
const sweepStories: { gold: Set<string>; story: GoldMentionStory }[] = [];

for (const [story, docs] of byStory) {
  if (stories >= storyLimit) break;
  stories++;
  const analysed: { doc: EcbDocument; input: StoryArticle; layer: TextLayer; map: SentenceMap }[] =
    [];
  for (let at = 0; at < docs.length; at += ANALYSIS_BATCH) {
    const batch = docs.slice(at, at + ANALYSIS_BATCH);
    analyzeWithLayers(batch.map((d) => d.article)).forEach((result, i) => {
      const doc = batch[i]!;
      if (result instanceof Error) throw new Error(`${doc.id}: ${result.message}`);
      const map = mapEcbSentences(doc.article.text, mentions.get(doc.id) ?? []);
      placed += map.mentionsPlaced;
      mentionCount += map.mentions;
      analysed.push({
        doc,
        input: { article: doc.article, analysis: result.analysis },
        layer: result.layer,
        map,
      });
    });
  }

  // Gold: sentences holding mentions of one chain.
  const gold = new Set<string>();
  const chains = new Map<string, string[]>();
  const annotated = new Set<string>();
  for (const { doc } of analysed)
    for (const m of mentions.get(doc.id) ?? []) {
      annotated.add(key(doc.id, m.sent_id));
      if (m.is_singleton) continue;
      chains.set(m.coref_chain, [...(chains.get(m.coref_chain) ?? []), key(doc.id, m.sent_id)]);
    }
  for (const members of chains.values()) addPairs(gold, members, apart);

  // The system.
  const { result, ms } = cpuTimed(() =>
    crossCheckStory({
      articles: analysed.map((a) => a.input),
      sources: analysed.map((a) => ({ articles: [a.doc.article.id] })),
    }),
  );
  times.push(ms);
  perArticle.push(ms / docs.length);
  facts += result.facts.length;
  statements += result.statements.length;
  multiFacts += result.facts.filter(
    (f) => new Set(allEvidence(f).map((e) => e.article)).size > 1,
  ).length;
  conflicting += result.facts.filter((fact) => fact.status === 'conflicting').length;
  multiStatements += result.statements.filter(
    (x) => new Set(x.wordings.map((w) => w.article)).size > 1,
  ).length;
  const mapOf = new Map(analysed.map((a) => [a.doc.article.id, a]));
  const sentenceKeys = (items: readonly (Span & { article: string })[]) =>
    items.flatMap((e) => {
      const a = mapOf.get(e.article);
      return a ? sentIdsOf(a.map, e).map((id) => key(a.doc.id, id)) : [];
    });
  const system = new Set<string>();
  for (const fact of result.facts) addPairs(system, sentenceKeys(allEvidence(fact)), apart);
  for (const statement of result.statements)
    addPairs(system, sentenceKeys(statement.wordings), apart);

  // crosscheck's matching over the gold mentions.
  const mentionStory = goldMentionStory(
    analysed.map((a) => ({ input: a.input, layer: a.layer, map: a.map, id: a.doc.id })),
    (id) => mentions.get(id) ?? [],
    key,
    vectors,
  );
  sweepStories.push({ gold, story: mentionStory });
  const mentionLinks = goldMentionLinks(mentionStory, vectors, GOLD_MENTION_OPTIONS);

  // Baseline (a): gold mentions grouped by head lemma.
  const byHead = new Map<string, string[]>();
  for (const { doc } of analysed)
    for (const m of mentions.get(doc.id) ?? []) {
      const lemma = headLemma(m.tokens_str);
      byHead.set(lemma, [...(byHead.get(lemma) ?? []), key(doc.id, m.sent_id)]);
    }
  const lemmaLinks = new Set<string>();
  for (const members of byHead.values()) addPairs(lemmaLinks, members, apart);

  // Baseline (b): sentences grouped by their content verbs' lemmas.
  const byVerb = new Map<string, string[]>();
  for (const { doc, layer, map } of analysed)
    for (const verb of contentVerbs(layer))
      for (const id of sentIdsOf(map, verb))
        byVerb.set(verb.lemma, [...(byVerb.get(verb.lemma) ?? []), key(doc.id, id)]);
  const verbLinks = new Set<string>();
  for (const members of byVerb.values()) addPairs(verbLinks, members, apart);

  // The floor: every pair of annotated sentences of different articles.
  const everyPair = new Set<string>();
  addPairs(everyPair, [...annotated], apart);

  const judged = (links: Set<string>) =>
    new Set([...links].filter((pair) => pair.split('\u0000').every((k) => annotated.has(k))));
  [system, mentionLinks, lemmaLinks, verbLinks, everyPair].forEach((links, i) => {
    add(METHODS[i]!, pairScores(gold, links));
    add(`${METHODS[i]!}, annotated sentences only`, pairScores(gold, judged(links)));
  });
  void story;
}

const fmt = (x: number) => x.toFixed(3);
console.log(
  `\nAlignment against ECB+ event chains: ${stories} gold stories, ${documents.filter((d) => byStory.has(d.story)).length} articles; ${label}\n`,
);
console.log(
  `ECB+ sentence mapping: ${placed} of ${mentionCount} annotated mentions (${fmt(placed / mentionCount)}) have all their words in the sentence mapped to their sent_id\n`,
);
console.log('| method | gold links | system links | right | precision | recall | F1 |');
console.log('|---|---|---|---|---|---|---|');
const FLOOR = METHODS[METHODS.length - 1]!;
for (const name of METHODS.flatMap((m) =>
  m === FLOOR ? [m] : [m, `${m}, annotated sentences only`],
)) {
  const s = totals.get(name)!;
  console.log(
    `| ${name} | ${s.gold} | ${s.system} | ${s.both} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} |`,
  );
}
console.log(
  `\ncrossCheckStory: ${facts} facts (${multiFacts} with evidence in two or more articles, ${conflicting} conflicting), ${statements} statements (${multiStatements} quoted by two or more articles); CPU ms per story: median ${median(times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, total ${times.reduce((a, b) => a + b, 0).toFixed(0)}; per article: median ${median(perArticle).toFixed(2)}`,
);

// The gold-mention method's sensitivity, and its precision at baseline (a)'s recall.
const sweep = (options: SameHappeningOptions, headLemmas = false): PairScores =>
  sweepStories.reduce((sum, { gold, story }) => {
    const seen = headLemmas
      ? { ...story, mentions: story.mentions.map((m) => ({ ...m, words: [headLemma(m.text)] })) }
      : story;
    return sumScores(sum, pairScores(gold, goldMentionLinks(seen, vectors, options)));
  }, NO_PAIRS);
const row = (s: PairScores) =>
  `${s.system} | ${s.both} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} |`;
console.log(
  `\n${GOLD_MENTIONS}: sensitivity to the near-synonym cosine (every reason that tells happenings apart, no least claim similarity)\n`,
);
console.log('| near-synonyms | system links | right | precision | recall | F1 |');
console.log('|---|---|---|---|---|---|');
for (const near of [null, 0.9, 0.8, 0.7, 0.6, 0.5])
  console.log(
    `| ${near === null ? 'none (same words only)' : `cosine ≥ ${near}`} | ${row(sweep({ near }))}`,
  );
console.log(`\n${GOLD_MENTIONS}: reasons that tell happenings apart (cosine ≥ ${NEAR})\n`);
console.log('| reasons | system links | right | precision | recall | F1 |');
console.log('|---|---|---|---|---|---|');
const reasonSets: [string, Apart[]][] = [
  ['all', [...APART_REASONS]],
  ['none', []],
  ...APART_REASONS.map((r): [string, Apart[]] => [
    `all but ${r}`,
    APART_REASONS.filter((x) => x !== r),
  ]),
];
for (const [name, reasons] of reasonSets)
  console.log(`| ${name} | ${row(sweep({ near: NEAR, apart: new Set(reasons) }))}`);

const baselineA = totals.get(METHODS[2]!)!;
const CONTEXTS = Array.from({ length: 21 }, (_, i) => i / 100);
/** A lower recall every variant reaches, where the control has a curve too. */
const LOWER_RECALL = 0.55;
type Point = { context: number; s: PairScores };
/** Precision at recall `r` on a curve, interpolated between the two points around it. */
function precisionAt(r: number, points: Point[]) {
  for (let i = 0; i + 1 < points.length; i++) {
    const [x, y] = [points[i]!, points[i + 1]!];
    if (x.s.recall >= r && y.s.recall <= r) {
      const t = x.s.recall === y.s.recall ? 0 : (x.s.recall - r) / (x.s.recall - y.s.recall);
      return { precision: x.s.precision + t * (y.s.precision - x.s.precision), x, y };
    }
  }
  return { precision: NaN, x: points[0]!, y: points[0]! };
}
const side = ({ x, y }: { x: Point; y: Point }) =>
  `${x.context.toFixed(2)}: ${fmt(x.s.recall)} / ${fmt(x.s.precision)}; ${y.context.toFixed(2)}: ${fmt(y.s.recall)} / ${fmt(y.s.precision)}`;
console.log(
  `\nPrecision at baseline (a)'s recall ${fmt(baselineA.recall)} (its precision ${fmt(baselineA.precision)}) and at recall ${LOWER_RECALL}, each method swept by the least word similarity of the two mentions' claims (0 to 0.2), interpolated between the two points around that recall (least similarity: recall / precision either side)\n`,
);
console.log(
  `| method | P at R ${fmt(baselineA.recall)} | points | P at R ${LOWER_RECALL} | points |`,
);
console.log('|---|---|---|---|---|');
const noPeople = new Set(APART_REASONS.filter((r) => r !== 'people'));
const variants: [string, SameHappeningOptions, boolean][] = [
  [`${GOLD_MENTIONS} (cosine ≥ ${NEAR}, every reason)`, { near: NEAR }, false],
  ['the same without the people reason', { near: NEAR, apart: noPeople }, false],
  ['the same, same words only (no near-synonyms)', { near: null, apart: noPeople }, false],
  ['control: head lemma of baseline (a), no reasons', { near: null, apart: new Set() }, true],
];
for (const [name, options, heads] of variants) {
  const points = CONTEXTS.map((context) => ({
    context,
    s: sweep({ ...options, context }, heads),
  }));
  const atBaseline = precisionAt(baselineA.recall, points);
  const atLower = precisionAt(LOWER_RECALL, points);
  console.log(
    `| ${name} | ${fmt(atBaseline.precision)} | ${side(atBaseline)} | ${fmt(atLower.precision)} | ${side(atLower)} |`,
  );
}
