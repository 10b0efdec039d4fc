import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTH, serve, type Served } from './server-fixture.js';

let served: Served;

beforeEach(async () => {
  served = await serve();
});

afterEach(() => served.close());

async function post(url: string, payload: unknown, headers: Record<string, string> = {}) {
  return served.app.inject({
    method: 'POST',
    url,
    headers: { ...AUTH, ...headers },
    payload: payload as string,
  });
}

/** Polls the job's status until it has finished. */
async function finished(location: string) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const job = (await served.app.inject({ method: 'GET', url: location })).json();
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${location} did not finish`);
}

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Post</title>
<item><title>Ferries stop</title><link>https://harbour.example/ferries</link><pubDate>Wed, 02 Apr 2031 08:00:00 GMT</pubDate>
<description>Ferry crews walked out on Wednesday, the union said.</description></item></channel></rss>`;

describe('ingestion over HTTP', () => {
  it('reads posted texts and documents in the background and reports the job', async () => {
    const response = await post('/api/ingest', {
      texts: [
        {
          text: '"We will not move," said Ana Reis, the union leader, on Tuesday.',
          title: 'Walkout',
          outlet: 'Harbour Post',
          published: '2031-04-01',
        },
        { text: 'Talks resumed.' },
      ],
      documents: [{ name: 'feed.xml', content: FEED }],
      outlet: 'Posted Wire',
    });
    expect(response.statusCode).toBe(202);
    const location = String(response.headers.location);
    expect(location).toMatch(/^\/api\/ingest\/jobs\/job-/);
    const job = await finished(location);
    expect(job).toMatchObject({ status: 'done', read: 3, new: 3, failed: 0 });
    const list = (await served.app.inject({ method: 'GET', url: '/api/articles' })).json();
    expect(list.items.map((a: { outlet: string }) => a.outlet).sort()).toEqual([
      'Harbour Post',
      'Harbour Post',
      'Posted Wire',
    ]);
    const people = (await served.app.inject({ method: 'GET', url: '/api/entities?q=reis' })).json();
    expect(people.items[0]).toMatchObject({ name: 'Ana Reis', quotes: 1 });
    const jobs = (await served.app.inject({ method: 'GET', url: '/api/ingest/jobs' })).json();
    expect(jobs.items[0].id).toBe(job.id);
  });

  it('takes a raw document in any format, gzip included, and counts duplicates', async () => {
    const page =
      '<html><head><title>Cranes idle</title></head><body><article><p>Cranes stood idle at the port on Monday as the strike went on into its second week, and no ship was unloaded.</p></article></body></html>';
    const first = await post(
      '/api/ingest/document?name=page.html&outlet=Quay%20News&date=2031-04-07',
      gzipSync(page),
      {
        'content-type': 'application/octet-stream',
      },
    );
    expect(first.statusCode).toBe(202);
    expect(await finished(String(first.headers.location))).toMatchObject({
      status: 'done',
      new: 1,
    });
    const again = await post('/api/ingest/document?outlet=Quay%20News', page, {
      'content-type': 'text/html',
    });
    const job = await finished(String(again.headers.location));
    expect(job).toMatchObject({ status: 'done', new: 0, duplicate: 1 });
    expect((await served.app.inject({ method: 'GET', url: '/api/health' })).json().articles).toBe(
      1,
    );
  });

  it('names every bad input in the job and goes on with the rest', async () => {
    const response = await post('/api/ingest', {
      texts: [{ text: 'A good one.' }, { text: 'Dated badly.', published: 'soon' }],
      urls: ['http://127.0.0.1:9/feed.xml'],
    });
    const job = await finished(String(response.headers.location));
    expect(job.status).toBe('done');
    expect(job.new).toBe(1);
    expect(job.failed).toBe(2);
    expect(job.errors.map((e: { input: string }) => e.input)).toEqual([
      expect.stringMatching(/texts \[1\]$/),
      'http://127.0.0.1:9/feed.xml',
    ]);
    expect(job.errors[1].reason).toMatch(/private|loopback|refused/i);
  });

  it('refuses paths, other schemes, empty and oversized requests before starting a job', async () => {
    for (const urls of [['/etc/passwd'], ['file:///etc/passwd'], ['-'], ['ftp://x.example/']]) {
      const response = await post('/api/ingest', { urls });
      expect(response.statusCode, urls[0]).toBe(400);
    }
    expect((await post('/api/ingest', {})).statusCode).toBe(400);
    expect((await post('/api/ingest', { texts: [] })).json().error).toMatch(/nothing to ingest/);
    const many = Array.from({ length: 1001 }, () => ({ text: 'x' }));
    expect((await post('/api/ingest', { texts: many })).statusCode).toBe(400);
    expect(
      (await post('/api/ingest/document', '', { 'content-type': 'text/plain' })).statusCode,
    ).toBe(400);
    const missing = await served.app.inject({ method: 'GET', url: '/api/ingest/jobs/job-none' });
    expect(missing.statusCode).toBe(404);
  });
});
