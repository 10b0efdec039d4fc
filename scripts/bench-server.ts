/**
 * Server load: requests per second and latency of the article API and pages at 100 connections
 * on loopback, over an archive of synthetic analysed articles (10,000 by default). The server
 * runs in a child process so that the load generator (autocannon) does not share its thread.
 *
 *   npx tsx scripts/bench-server.ts [--articles N] [--duration S] [--connections C] [--db FILE]
 *   npx tsx scripts/bench-server.ts --stories N [--one-per-event] [--duration S] [--db FILE]
 *
 * With --stories the archive holds N synthetic events (the example corpus's stories retold,
 * ~7.5 articles each, with their story features, so they cluster into stories) and the story
 * API and pages are measured (the story reports made once before, as the server stores them);
 * --one-per-event keeps one article of each event, which builds
 * the archive ~7 times faster but makes one-article stories. With --db the archive is kept
 * (and reused when it already holds articles).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { finishArticle } from '../src/ingest/finish-article.js';
import { buildServer } from '../src/server/build-server.js';
import { SqliteArchive } from '../src/store/sqlite/sqlite-archive.js';
import { CITIES, reportParagraphs } from './lib/synthetic-report.js';
import { loadTemplates, syntheticStream } from './lib/synthetic-stream.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const TOKEN = 'bench-token-not-secret-0123456789';

const OUTLETS = Array.from(
  { length: 40 },
  (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${i}`,
);

function syntheticText(n: number): string {
  return reportParagraphs(n, n >> 3).join('\n\n');
}

function fillArchive(archive: SqliteArchive, count: number): void {
  const started = performance.now();
  for (let n = archive.countArticles(); n < count; n++) {
    const day = new Date(Date.UTC(2031, 0, 1) + (n % 365) * 86_400_000).toISOString().slice(0, 10);
    const article = finishArticle(
      {
        source: `synthetic/${n}`,
        url: null,
        outlet: OUTLETS[n % OUTLETS.length]!,
        title: `Dockers strike in ${CITIES[n % CITIES.length]}, report ${n}`,
        published: day,
        text: syntheticText(n),
      },
      `synthetic/${n}`,
    );
    if (!('id' in article)) throw new Error(`synthetic article ${n} did not finish`);
    archive.addArticle(article, analyzeArticle(article));
    if (n % 1000 === 999) process.stderr.write(`\r  archive: ${n + 1} articles`);
  }
  process.stderr.write(
    `\r  archive: ${archive.countArticles()} articles (${((performance.now() - started) / 1000).toFixed(1)} s to build)\n`,
  );
}

/** Synthetic events with their story features, `events` of them, unless the archive has some. */
async function fillStories(archive: SqliteArchive, events: number, onePerEvent: boolean) {
  if (archive.countArticles() > 0) return;
  const started = performance.now();
  const templates = await loadTemplates();
  const perEvent =
    templates.reduce((sum, template) => sum + template.articles.length, 0) / templates.length;
  let added = 0;
  let lastEvent = -1;
  for (const item of syntheticStream(templates, Math.ceil(events * perEvent) + 20)) {
    if (item.event >= events) break;
    if (onePerEvent && item.event === lastEvent) continue;
    lastEvent = item.event;
    archive.addArticle(item.article, item.analysis, item.features);
    if (++added % 1000 === 0)
      process.stderr.write(`\r  archive: ${added} articles, ${archive.countStories()} stories`);
  }
  process.stderr.write(
    `\r  archive: ${archive.countArticles()} articles, ${archive.countStories()} stories (${((performance.now() - started) / 1000).toFixed(1)} s to build)\n`,
  );
}

/** The child: serves the archive on loopback and tells the parent its port. */
async function serveChild(db: string): Promise<void> {
  const archive = new SqliteArchive(db);
  const app = await buildServer({ archive, token: TOKEN, analysis: 'inline' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
  process.on('disconnect', () => void app.close().then(() => archive.close()));
  // The server's CPU time so far, for the parent to divide by the requests it sent.
  process.on('message', (message) => {
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send!({ cpu: user + system });
    }
  });
}

/** The server's CPU time in microseconds, asked of the child. */
function serverCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const listen = (message: { cpu?: number }) => {
      if (message.cpu === undefined) return;
      child.off('message', listen);
      resolve(message.cpu);
    };
    child.on('message', listen);
    child.send('cpu');
  });
}

interface Target {
  label: string;
  paths: string[];
  /** Request each path once before measuring (the story reports: made on the first request). */
  warm?: boolean;
}

async function load(
  base: string,
  target: Target,
  seconds: number,
  connections: number,
  child: ChildProcess,
) {
  let next = 0;
  const run = (duration: number) =>
    autocannon({
      url: base,
      connections,
      duration,
      requests: [
        {
          setupRequest: (request) => ({
            ...request,
            path: target.paths[next++ % target.paths.length]!,
          }),
        },
      ],
    });
  if (target.warm) {
    const started = performance.now();
    for (const path of target.paths) {
      const response = await fetch(`${base}${path}`);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
    }
    process.stderr.write(
      `  ${target.label}: ${target.paths.length} made first in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }
  await run(1); // warm the JIT and the SQLite page cache
  const cpuBefore = await serverCpu(child);
  const result = await run(seconds);
  const cpu = (await serverCpu(child)) - cpuBefore;
  const failures = result.errors + result.timeouts + result.non2xx;
  // CPU per request says what the route costs whatever else the machine runs.
  const perRequest = Math.round(cpu / Math.max(1, result.requests.total));
  console.log(
    `| ${target.label} | ${Math.round(result.requests.average).toLocaleString('en')} | ${result.latency.p50} | ${result.latency.p99} | ${perRequest} | ${failures} |`,
  );
}

function articleTargets(archive: SqliteArchive): Target[] {
  const ids = archive.listArticles({ limit: 1000, offset: 0 }).map((a) => a.id);
  const offsets = Array.from({ length: 20 }, (_, i) => i * 50);
  return [
    {
      label: 'API article list, 50 a page',
      paths: offsets.map((o) => `/api/articles?limit=50&offset=${o}`),
    },
    { label: 'API one article with its analysis', paths: ids.map((id) => `/api/articles/${id}`) },
    {
      label: 'API search, 20 a page',
      paths: CITIES.map((c) => `/api/articles?q=${encodeURIComponent(c)}&limit=20`),
    },
    { label: 'API people, 50 a page', paths: ['/api/entities?type=person&limit=50'] },
    { label: 'page: article list', paths: offsets.map((o) => `/articles?page=${o / 25 + 1}`) },
    { label: 'page: one article', paths: ids.map((id) => `/articles/${id}`) },
  ];
}

function storyTargets(archive: SqliteArchive): Target[] {
  const ids = archive.listStories({ limit: 1000, offset: 0 }).map((story) => story.id);
  const offsets = Array.from({ length: 20 }, (_, i) => i * 50);
  const outlets = archive.listOutlets(20).map((o) => encodeURIComponent(o.outlet));
  const words = ['fire', 'strike', 'flood', 'talks', 'crew', 'calamity'];
  return [
    {
      label: 'API story list, 50 a page',
      paths: offsets.map((o) => `/api/stories?limit=50&offset=${o}`),
    },
    {
      label: 'API stories of an outlet, 50 a page',
      paths: outlets.map((o) => `/api/stories?outlet=${o}&limit=50`),
    },
    {
      label: 'API stories in a month, 50 a page',
      paths: ['2032-01', '2032-02', '2032-03'].map(
        (m) => `/api/stories?from=${m}-01&to=${m}-28&limit=50`,
      ),
    },
    {
      label: 'API story search, 20 a page',
      paths: words.map((w) => `/api/stories?q=${w}&limit=20`),
    },
    { label: 'API one story', paths: ids.map((id) => `/api/stories/${id}`) },
    {
      label: 'API story report, stored',
      paths: ids.map((id) => `/api/stories/${id}/report`),
      warm: true,
    },
    { label: 'page: story list', paths: offsets.map((o) => `/stories?page=${o / 25 + 1}`) },
    { label: 'page: one story', paths: ids.map((id) => `/stories/${id}`) },
  ];
}

async function main(): Promise<void> {
  const stories = args.includes('--stories') ? Number(flag('--stories', '10000')) : null;
  const count = Number(flag('--articles', '10000'));
  const seconds = Number(flag('--duration', '10'));
  const connections = Number(flag('--connections', '100'));
  const kept = args.includes('--db') ? flag('--db', '') : null;
  const folder = kept ? null : mkdtempSync(join(tmpdir(), 'crosscheck-bench-server-'));
  const db = kept ?? join(folder!, 'bench.db');
  try {
    const archive = new SqliteArchive(db);
    if (stories !== null) await fillStories(archive, stories, args.includes('--one-per-event'));
    else fillArchive(archive, count);
    const targets = stories !== null ? storyTargets(archive) : articleTargets(archive);
    const size = `${archive.countArticles().toLocaleString('en')} articles, ${archive.countStories().toLocaleString('en')} stories`;
    archive.close();

    const child = fork(fileURLToPath(import.meta.url), ['--serve', db], {
      execArgv: process.execArgv,
    });
    const port = await new Promise<number>((resolve) =>
      child.once('message', (m: { port: number }) => resolve(m.port)),
    );
    const base = `http://127.0.0.1:${port}`;
    const machineLoad = () =>
      loadavg()
        .map((n) => n.toFixed(1))
        .join(' ');
    console.log(
      `${size}, ${connections} connections, ${seconds} s a target, loopback; load average ${machineLoad()} on ${availableParallelism()} cores\n`,
    );
    console.log('| target | req/s | p50 ms | p99 ms | server CPU µs/request | errors |');
    console.log('|---|---|---|---|---|---|');
    for (const target of targets) await load(base, target, seconds, connections, child);
    console.log(`\nload average after: ${machineLoad()}`);
    child.disconnect();
    await new Promise((resolve) => child.once('exit', resolve));
  } finally {
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}

if (args[0] === '--serve') await serveChild(args[1]!);
else await main();
