import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeWarc } from '../../src/ingest/warc-writer.js';
import { tempFolder } from '../helpers/temp.js';

const CHILD = fileURLToPath(new URL('./child/read-file.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

interface ChildOutcome {
  articles: { url: string | null; title: string | null; text: string }[];
  errors: string[];
}

/**
 * Reads the bytes as a file named `name` in a child process, killed after 10 s: a reader that
 * loops on resolved promises never lets this process's timers run, so it cannot be timed out
 * in-process.
 */
function readInChild(name: string, bytes: Uint8Array): Promise<ChildOutcome> {
  const file = join(tempFolder(), name);
  writeFileSync(file, bytes);
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [TSX, CHILD, file],
      { timeout: 10_000, killSignal: 'SIGKILL' },
      (error, stdout) => {
        if (error) reject(new Error(`reading ${name} did not finish: ${error.message}`));
        else resolve(JSON.parse(stdout) as ChildOutcome);
      },
    );
  });
}

const BODY = `<!doctype html><html><head><title>Lock gates reopen</title></head><body><article>
<h1>Lock gates reopen</h1><p>The canal's lock gates reopened on Tuesday after repairs that took
three weeks, the waterways board said, and the first barges passed through before noon.</p>
<p>Boat crews had waited at the lower basin since the gates jammed during a storm.</p>
</article></body></html>`;

async function crawl(gzip = false): Promise<Buffer> {
  return Buffer.from(
    await writeWarc(
      [
        {
          url: 'https://canal-post.example/news/lock-gates',
          date: '2031-03-04T09:00:00Z',
          html: BODY,
        },
      ],
      { gzip },
    ),
  );
}

describe('truncated WARC records', () => {
  it('ends with one error line on a record whose body runs past the end of the file', async () => {
    const bytes = Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n');
    const { articles, errors } = await readInChild('cut.warc', bytes);
    expect(articles).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^cut\.warc record 1 at byte 0: truncated record \(0 of 99999 bytes\)$/,
    );
  }, 20_000);

  it('does not take a cut HTML response as a shorter article', async () => {
    const whole = await crawl();
    const cut = whole.subarray(0, whole.indexOf('Boat crews'));
    const { articles, errors } = await readInChild('crawl.warc', cut);
    expect(articles).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^crawl\.warc record 2 at byte \d+ \(https:\/\/canal-post\.example\/news\/lock-gates\): truncated record \(\d+ of \d+ bytes\)$/,
    );
  }, 20_000);

  it('reports a file cut inside its warcinfo record', async () => {
    const whole = await crawl();
    const cut = whole.subarray(0, whole.indexOf('software'));
    const { articles, errors } = await readInChild('crawl.warc', cut);
    expect(articles).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^crawl\.warc record 1 at byte 0: truncated record/);
  }, 20_000);

  it('reports a cut gzipped WARC', async () => {
    const whole = await crawl(true);
    const { errors } = await readInChild('crawl.warc.gz', whole.subarray(0, whole.length - 40));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^crawl\.warc\.gz record 2 .*truncated/);
  }, 20_000);

  it('still reads a whole crawl', async () => {
    const { articles, errors } = await readInChild('crawl.warc', await crawl());
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.title)).toEqual(['Lock gates reopen']);
  }, 20_000);
});
