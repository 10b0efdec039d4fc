/**
 * Server load: requests per second and latency of the article API and pages at 100 connections
 * on loopback, over an archive of synthetic analysed articles (10,000 by default). The server
 * runs in a child process so that the load generator (autocannon) does not share its thread.
 *
 *   npx tsx scripts/bench-server.ts [--articles N] [--duration S] [--connections C] [--db FILE]
 *
 * With --db the archive is kept (and reused when it already holds articles).
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { finishArticle } from '../src/ingest/finish-article.js';
import { buildServer } from '../src/server/build-server.js';
import { SqliteArchive } from '../src/store/sqlite/sqlite-archive.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const TOKEN = 'bench-token-not-secret-0123456789';

const CITIES = [
  'Lisbon',
  'Porto',
  'Gdańsk',
  'Rotterdam',
  'Valencia',
  'Genoa',
  'Piraeus',
  'Antwerp',
];
const NAMES = [
  'Ana Duarte',
  'Pieter van Dijk',
  'Park Min-jun',
  'Joana de Almeida',
  'Khalid al-Mansouri',
  'Marta Cruz',
];
const OUTLETS = Array.from(
  { length: 40 },
  (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${i}`,
);

function syntheticText(n: number): string {
  const city = CITIES[n % CITIES.length]!;
  const name = NAMES[(n >> 3) % NAMES.length]!;
  const workers = 800 + ((n * 37) % 1200);
  return [
    `${city.toUpperCase()} — About ${workers} dock workers walked out on Wednesday after talks on pay and shift lengths broke down for the ${n}th time, leaving cranes idle and ships waiting offshore.`,
    `“We have waited long enough,” said ${name}, a spokesperson for the port workers’ union. “Nobody goes back until the contract is signed.”`,
    `The port authority said in a statement that it regretted the walkout and that ${(n % 40) + 10} vessels had been diverted to other harbours since Monday.`,
    `Shipping agents estimated the cost of the stoppage at ${(n % 9) + 1} million euros a day. Talks are due to resume next week, according to the labour ministry.`,
    `${name.split(' ')[0]} Reis reported from ${city}.`,
  ].join('\n\n');
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

/** The child: serves the archive on loopback and tells the parent its port. */
async function serveChild(db: string): Promise<void> {
  const archive = new SqliteArchive(db);
  const app = await buildServer({ archive, token: TOKEN, analysis: 'inline' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
  process.on('disconnect', () => void app.close().then(() => archive.close()));
}

interface Target {
  label: string;
  paths: string[];
}

async function load(base: string, target: Target, seconds: number, connections: number) {
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
  await run(1); // warm the JIT and the SQLite page cache
  const result = await run(seconds);
  const failures = result.errors + result.timeouts + result.non2xx;
  console.log(
    `| ${target.label} | ${Math.round(result.requests.average).toLocaleString('en')} | ${result.latency.p50} | ${result.latency.p99} | ${failures} |`,
  );
}

async function main(): Promise<void> {
  const count = Number(flag('--articles', '10000'));
  const seconds = Number(flag('--duration', '10'));
  const connections = Number(flag('--connections', '100'));
  const kept = args.includes('--db') ? flag('--db', '') : null;
  const folder = kept ? null : mkdtempSync(join(tmpdir(), 'crosscheck-bench-server-'));
  const db = kept ?? join(folder!, 'bench.db');
  try {
    const archive = new SqliteArchive(db);
    fillArchive(archive, count);
    const ids = archive.listArticles({ limit: 1000, offset: 0 }).map((a) => a.id);
    const offsets = Array.from({ length: 20 }, (_, i) => i * 50);
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
      `${count.toLocaleString('en')} articles, ${connections} connections, ${seconds} s a target, loopback; load average ${machineLoad()} on ${availableParallelism()} cores\n`,
    );
    console.log('| target | req/s | p50 ms | p99 ms | errors |');
    console.log('|---|---|---|---|---|');
    const targets: Target[] = [
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
    for (const target of targets) await load(base, target, seconds, connections);
    console.log(`\nload average after: ${machineLoad()}`);
    child.disconnect();
    await new Promise((resolve) => child.once('exit', resolve));
  } finally {
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}

if (args[0] === '--serve') await serveChild(args[1]!);
else await main();
