/**
 * Cross-checking against the example corpus gold (examples/gold.json `facts` and `statements`).
 * The corpus is read, analysed and grouped into stories as the engine does; `crossCheckStory`
 * runs on each story with the story's independent sources. Gold evidence and quotes are located
 * in their articles (whitespace normalised); a system fact covers a gold evidence item when one
 * of its evidence items (versions included) overlaps it in the same article, and each gold fact is
 * matched to the system fact covering most of its items, at least half (ties: the smaller fact).
 *
 * Per status: recall = gold facts of that status whose match has it; precision = matched system
 * facts of that status whose gold fact has it. Statements: pairs of quotes of one statement.
 *
 *   npx tsx scripts/eval-crosscheck.ts [examples/gold.json] [--corpus examples/corpus]
 *     [--misses] [--impl path/to/module-exporting-crossCheckStory.ts]
 */
import type { Fact, FactStatus, Statement } from '../src/crosscheck/cross-check.js';
import { cpuTimed } from './lib/cpu-time.js';
import { readCrossCheckGold } from './lib/crosscheck-gold.js';
import { exampleStories } from './lib/example-stories.js';
import { allEvidence, covers, matchFacts } from './lib/fact-matching.js';
import { loadCrossCheck } from './lib/load-cross-check.js';
import { scoreStatements } from './lib/statement-pairs.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const goldPath =
  args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.match(/^--(corpus|impl)$/)) ??
  'examples/gold.json';
const showMisses = args.includes('--misses');
const { crossCheckStory, label } = await loadCrossCheck(args);

const corpus = await exampleStories(option('--corpus') ?? 'examples/corpus');
const gold = readCrossCheckGold(goldPath, corpus.idOf, corpus.articles);

const facts: Fact[] = [];
const statements: Statement[] = [];
let cpuMs = 0;
for (const story of corpus.stories) {
  const { result, ms } = cpuTimed(() => crossCheckStory(story.input));
  cpuMs += ms;
  facts.push(...result.facts);
  statements.push(...result.statements);
}

const matches = matchFacts(gold.facts, facts);
const STATUSES: FactStatus[] = ['corroborated', 'single-source', 'conflicting'];
const fmt = (x: number) => x.toFixed(3);
const ratio = (a: number, b: number) => (b ? fmt(a / b) : '–');

console.log(
  `\nCross-checking the example corpus (${corpus.articles.size} articles, ${corpus.stories.length} stories found, ${label}; ${cpuMs.toFixed(0)} ms CPU) against ${goldPath}\n`,
);
console.log(
  '| status | gold facts | recall | system facts judged | precision | all system facts |',
);
console.log('|---|---|---|---|---|---|');
const matchedFacts = new Map<Fact, FactStatus[]>();
for (const m of matches)
  if (m.fact) matchedFacts.set(m.fact, [...(matchedFacts.get(m.fact) ?? []), m.gold.status]);
for (const status of STATUSES) {
  const goldOf = matches.filter((m) => m.gold.status === status);
  const found = goldOf.filter((m) => m.fact?.status === status).length;
  const judged = [...matchedFacts].filter(([fact]) => fact.status === status);
  const right = judged.filter(([, statuses]) => statuses.includes(status)).length;
  console.log(
    `| ${status} | ${goldOf.length} | ${ratio(found, goldOf.length)} | ${judged.length} | ${ratio(right, judged.length)} | ${facts.filter((f) => f.status === status).length} |`,
  );
}

const matched = matches.filter((m) => m.fact);
const coverage =
  matches.reduce((sum, m) => sum + (m.fact ? m.covered / m.gold.evidence.length : 0), 0) /
  matches.length;
const exactSources = matched.filter((m) => m.fact!.sources === m.gold.sources).length;
const shared = [...matchedFacts.values()].filter((statuses) => statuses.length > 1).length;
console.log('\n| fact measure | value |');
console.log('|---|---|');
console.log(`| gold facts unmatched | ${matches.length - matched.length} of ${matches.length} |`);
console.log(
  `| evidence coverage (mean share of a gold fact's items its match covers; unmatched 0) | ${fmt(coverage)} |`,
);
console.log(
  `| source count exact on matched facts | ${ratio(exactSources, matched.length)} (${exactSources} of ${matched.length}) |`,
);
console.log(`| system facts matched by two or more gold facts | ${shared} |`);
console.log(
  `| system facts not judged (the match of no gold fact) | ${facts.length - matchedFacts.size} of ${facts.length} |`,
);

const s = scoreStatements(gold.statements, statements);
console.log(
  '\n| statements | gold pairs | system pairs judged | precision | recall | F1 | speaker right |',
);
console.log('|---|---|---|---|---|---|---|');
console.log(
  `| quote pairs | ${s.goldPairs} | ${s.systemPairs} | ${ratio(s.rightPairs, s.systemPairs)} | ${fmt(s.recall)} | ${fmt(s.f1)} | ${s.speakersRight} of ${gold.statements.length} (matched ${s.matched}) |`,
);
console.log(
  `\nSystem statements: ${statements.length}, with two or more wordings: ${statements.filter((x) => x.wordings.length > 1).length}`,
);

if (showMisses) {
  const clip = (text: string, n = 90) => (text.length > n ? `${text.slice(0, n)}…` : text);
  console.log('\n## Missed or wrong gold facts\n');
  for (const m of matches) {
    if (m.fact && m.fact.status === m.gold.status) continue;
    const head = `- [${m.gold.story}] ${m.gold.status}: ${m.gold.text} (${m.gold.sources} sources, ${m.gold.evidence.length} evidence items)`;
    if (!m.fact) {
      console.log(
        `${head}\n    unmatched; best system fact covers ${m.covered}: ${m.best ? `${m.best.status}, ${m.best.sources} sources: “${clip(m.best.text)}”` : 'none'}`,
      );
      const uncovered = m.gold.evidence.filter((g) => !m.best || !covers(allEvidence(m.best), g));
      for (const g of uncovered) console.log(`    not covered: “${clip(g.text, 70)}”`);
    } else
      console.log(
        `${head}\n    matched (${m.covered} covered) ${m.fact.status}, ${m.fact.sources} sources, ${m.fact.evidence.length} evidence: “${clip(m.fact.text)}”`,
      );
  }
  console.log('\n## Source counts off on matched facts\n');
  for (const m of matched) {
    if (m.fact!.sources === m.gold.sources) continue;
    const goldArticles = [...new Set(m.gold.evidence.map((e) => e.article))];
    const name = (id: string) => corpus.articles.get(id)?.outlet ?? id;
    const extra = m.fact!.articles.filter((a) => !goldArticles.includes(a)).map(name);
    const missing = goldArticles.filter((a) => !m.fact!.articles.includes(a)).map(name);
    console.log(
      `- [${m.gold.story}] ${m.gold.text}: gold ${m.gold.sources}, system ${m.fact!.sources} (${m.fact!.status})` +
        (extra.length ? `\n    extra articles: ${extra.join(', ')}` : '') +
        (missing.length ? `\n    missing articles: ${missing.join(', ')}` : ''),
    );
  }
  console.log('\n## Statements\n');
  for (const miss of s.misses) console.log(`- ${miss}`);
}
