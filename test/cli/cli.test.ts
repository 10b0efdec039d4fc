import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempFiles, tempFolder } from '../helpers/temp.js';

const FILES = {
  'lisbon.txt':
    ' date 2031-04-02 LISBON, Portugal — Dock workers walked out on Tuesday.\n\n"We stay out," said Ana Duarte.\n\nAna Reis reported from Lisbon.\n',
  'export.jsonl': `${JSON.stringify({ text: 'Porto dockers joined the strike.', title: 'Porto joins', url: 'https://wire.example/porto', outlet: 'Meridian Wire', published: '2031-04-03' })}\n`,
  'broken.xml': '<rss><channel><item></rss>',
};

describe('crosscheck CLI', () => {
  it('analyze --json prints the articles with the contract fields and lists what failed', async () => {
    const folder = tempFiles(FILES);
    const run = await runCli('analyze', folder, '--json');
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document.articles).toHaveLength(2);
    for (const article of document.articles) {
      expect(Object.keys(article)).toEqual(
        expect.arrayContaining([
          'id',
          'source',
          'url',
          'outlet',
          'title',
          'published',
          'language',
          'text',
          'sections',
        ]),
      );
      expect(Object.keys(article.sections)).toEqual(['versions', 'credits']);
    }
    const lisbon = document.articles.find((a: { source: string }) =>
      a.source.endsWith('lisbon.txt'),
    );
    expect(
      lisbon.text.slice(lisbon.sections.credits[0].start, lisbon.sections.credits[0].end),
    ).toBe('Ana Reis reported from Lisbon.');
    expect(document.errors).toEqual([
      { input: join(folder, 'broken.xml'), reason: expect.stringMatching(/^malformed XML/) },
    ]);
    expect(run.stderr).toContain(`crosscheck: ${join(folder, 'broken.xml')}: malformed XML`);
  });

  it('analyze gives byte-identical output for the same input', async () => {
    const folder = tempFiles(FILES);
    const first = await runCli('analyze', folder, '--json');
    const second = await runCli('analyze', folder, '--json');
    expect(second.stdout).toBe(first.stdout);
  });

  it('analyze --format md prints a readable report', async () => {
    const run = await runCli('analyze', tempFiles(FILES), '--format', 'md');
    expect(run.stdout).toContain('## Porto joins');
    expect(run.stdout).toContain('- **outlet**: Meridian Wire');
    expect(run.stdout).toContain('- **credit**: Ana Reis reported from Lisbon.');
  });

  it('exits non-zero with a clear message when nothing could be read', async () => {
    const run = await runCli('analyze', join(tempFolder(), 'missing.txt'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /missing\.txt: no such file, folder or URL\ncrosscheck: no article could be read from the inputs\n$/,
    );
  });

  it('ingest stores articles once, reports duplicates and failures, and articles/show read them back', async () => {
    const folder = tempFiles(FILES);
    const db = join(tempFolder(), 'archive.db');
    const first = await runCli('ingest', folder, '--db', db);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      `read 2, new 2, duplicate 0, failed 1 (archive: ${db}, 2 articles)\n`,
    );
    const second = await runCli('ingest', folder, '--db', db, '--json');
    expect(JSON.parse(second.stdout)).toMatchObject({ read: 2, new: 0, duplicate: 2, failed: 1 });

    const list = await runCli('articles', '--db', db, '--search', 'dockers', '--json');
    const rows = JSON.parse(list.stdout);
    expect(rows.map((row: { title: string }) => row.title)).toEqual(['Porto joins']);

    const shown = await runCli('show', rows[0].id.slice(0, 8), '--db', db);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Porto dockers joined the strike.');
    const missing = await runCli('show', 'zzzzzzzz', '--db', db);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`crosscheck: no article zzzzzzzz in ${db}\n`);
  });

  it('reads standard input as -', async () => {
    const { Readable } = await import('node:stream');
    const original = Object.getOwnPropertyDescriptor(process, 'stdin')!;
    Object.defineProperty(process, 'stdin', {
      value: Readable.from([Buffer.from('date 2031-04-02 From a pipe.')]),
      configurable: true,
    });
    try {
      const run = await runCli('analyze', '-', '--json');
      expect(JSON.parse(run.stdout).articles[0]).toMatchObject({
        source: '-',
        text: 'From a pipe.',
        published: '2031-04-02',
      });
    } finally {
      Object.defineProperty(process, 'stdin', original);
    }
  });
});
