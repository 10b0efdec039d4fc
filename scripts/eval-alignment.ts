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
const METHODS = [
  'crossCheckStory',
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
  [system, lemmaLinks, verbLinks, everyPair].forEach((links, i) => {
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
