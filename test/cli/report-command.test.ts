import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisDocument, StoryRecord } from '../../src/report/analysis-document.js';
import { reportFileName } from '../../src/report/report-file-name.js';
import { runCli } from '../helpers/run-cli.js';
import { schemaErrors } from '../helpers/schema.js';
import { tempFolder } from '../helpers/temp.js';

// One archive for the whole file (tempFolder's folders go after each test).
const archiveFolder = mkdtempSync(join(tmpdir(), 'crosscheck-report-'));
const db = join(archiveFolder, 'news.db');
let stories: StoryRecord[];

afterAll(() => rmSync(archiveFolder, { recursive: true, force: true }));

beforeAll(async () => {
  expect((await runCli('ingest', 'examples/corpus', '--db', db)).code).toBe(0);
  stories = JSON.parse((await runCli('stories', '--db', db, '--json')).stdout);
  expect(stories).toHaveLength(4);
}, 120_000);

async function jsonReport(story: StoryRecord): Promise<AnalysisDocument> {
  const run = await runCli('report', story.id, '--db', db, '--format', 'json');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

/** Every piece of evidence quotes its article exactly, and names one of the story's articles. */
function expectEvidenceInArticles(document: AnalysisDocument, story: StoryRecord) {
  const texts = new Map(document.articles.map((article) => [article.id, article.text]));
  const evidence = [
    ...story.facts.flatMap((fact) => [
      ...fact.evidence,
      ...(fact.versions ?? []).flatMap((version) => version.evidence),
    ]),
    ...story.statements.flatMap((statement) => statement.wordings),
    ...story.timeline.flatMap((entry) => entry.evidence),
    ...story.summary.flatMap((sentence) => sentence.evidence),
  ];
  for (const item of evidence) {
    expect(story.articles).toContain(item.article);
    expect(texts.get(item.article)!.slice(item.start, item.end)).toBe(item.text);
  }
  const quoteIds = new Set(document.quotes!.map((quote) => quote.id));
  for (const statement of story.statements)
    for (const quote of statement.quotes) expect(quoteIds).toContain(quote);
  const factIds = new Set(story.facts.map((fact) => fact.id));
  for (const item of [...story.timeline, ...story.summary]) expect(factIds).toContain(item.fact);
  expect(story.summary.length).toBeLessThanOrEqual(6);
}

describe('crosscheck report', () => {
  it('prints JSON that the schema accepts: the story cross-checked over its articles', async () => {
    for (const listed of stories) {
      const document = await jsonReport(listed);
      expect(schemaErrors(document)).toEqual([]);
      const story = document.stories![0]!;
      expect(story.id).toBe(listed.id);
      expect(document.articles.map((article) => article.id).sort()).toEqual(
        [...listed.articles].sort(),
      );
      expectEvidenceInArticles(document, story);
    }
  });

  it('finds facts of every verdict and statements in each story', async () => {
    for (const listed of stories) {
      const story = (await jsonReport(listed)).stories![0]!;
      expect(
        story.facts.some((fact) => fact.status === 'corroborated'),
        story.title,
      ).toBe(true);
      expect(
        story.facts.some((fact) => fact.status === 'single-source'),
        story.title,
      ).toBe(true);
      const conflict = story.facts.find((fact) => fact.status === 'conflicting');
      expect(conflict?.versions?.length, story.title).toBeGreaterThanOrEqual(2);
      expect(
        story.statements.some((s) => s.wordings.length >= 2),
        story.title,
      ).toBe(true);
      expect(story.timeline.length, story.title).toBeGreaterThan(0);
      expect(story.summary.length, story.title).toBeGreaterThan(0);
    }
  });

  it('prints Markdown with the summary, facts, statements, timeline and articles', async () => {
    const story = stories.find((s) => s.copies.length === 2)!;
    const run = await runCli('report', story.id.slice(0, 8), '--db', db, '--format', 'md');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(`# Story: ${story.title}\n`)).toBe(true);
    expect(run.stdout).toContain('6 articles · 4 independent sources');
    const numbered = run.stdout.split('## Articles\n')[1]!.match(/^\d+\. /gm);
    expect(numbered).toHaveLength(story.articles.length);
    for (const section of ['Summary', 'Facts', 'Statements', 'Timeline'])
      expect(run.stdout).toContain(`\n## ${section}\n`);
  });

  it('writes one self-contained HTML file, named after the story unless --out says', async () => {
    const story = stories.find((s) => s.copies.length === 2)!;
    const out = join(tempFolder(), 'fire.html');
    const run = await runCli('report', story.id, '--db', db, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${out}\n`);
    const html = readFileSync(out, 'utf8');
    const document = parseHTML(html).document as unknown as Document;
    expect(document.querySelector('h1')!.textContent).toBe(story.title);
    expect(document.querySelectorAll('.article-column')).toHaveLength(story.articles.length);
    expect(document.querySelectorAll('script[src], link, img, iframe')).toHaveLength(0);
    expect(document.querySelectorAll('.fact-table tbody tr').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('mark.ev').length).toBeGreaterThan(0);

    const folder = tempFolder();
    const cwd = process.cwd();
    process.chdir(folder);
    try {
      const named = await runCli('report', story.id, '--db', db);
      expect(named.stdout).toBe(`${reportFileName(story, 'html')}\n`);
      expect(existsSync(join(folder, reportFileName(story, 'html')))).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it('says so when there is no such story', async () => {
    const run = await runCli('report', 'zzzz', '--db', db);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`crosscheck: no story zzzz in ${db}\n`);
  });

  it('names report files after the story, safely', () => {
    expect(
      reportFileName({ id: 's12ab', title: 'Fire on the Kestrel Bay off Busan' }, 'html'),
    ).toBe('fire-on-the-kestrel-bay-off-busan-s12ab.html');
    expect(reportFileName({ id: '../x', title: '../../etc/passwd' }, 'md')).toBe('etc-passwd-x.md');
    expect(reportFileName({ id: 's1', title: '' }, 'html')).toBe('s1.html');
  });
});
