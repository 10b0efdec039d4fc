import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyzeForStories } from '../../src/analyze/analyzed-article.js';
import type { Article } from '../../src/model/article.js';
import { inlineCrossChecker } from '../../src/server/queries/cross-checker.js';
import { StoryReports, storyReportKey } from '../../src/server/queries/story-report.js';
import { REPORT_ASSETS } from '../../src/server/report-assets.js';
import { REPORT_SCRIPT } from '../../src/report/html/report-script.js';
import { makeArticle, parsePage, serve, serveExamples, type Served } from './server-fixture.js';

let served: Served;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'crosscheck-story-report-'));
  served = await serveExamples(folder);
}, 60_000);

afterAll(async () => {
  await served.close();
  rmSync(folder, { recursive: true, force: true });
});

async function get(app: Served['app'], url: string, status = 200) {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, url).toBe(status);
  return response;
}

async function busanId(): Promise<string> {
  const { items } = (await get(served.app, '/api/stories?q=Busan')).json();
  return items[0].id;
}

describe("a story's cross-checked report", () => {
  it('is given by the API: facts with verdicts and evidence, statements, timeline, summary', async () => {
    const id = await busanId();
    const report = (await get(served.app, `/api/stories/${id}/report`)).json();
    expect(report).toMatchObject({ story: { id, articles: 6 }, cap: 200, capped: false });
    expect(report.articles).toHaveLength(6);
    expect(report.origins).toHaveLength(4);
    expect(report.facts.length).toBeGreaterThan(3);
    const statuses = new Set(report.facts.map((fact: { status: string }) => fact.status));
    expect(statuses).toContain('corroborated');
    for (const fact of report.facts) {
      expect(fact.evidence.length).toBeGreaterThan(0);
      for (const evidence of fact.evidence) expect(report.articles).toContain(evidence.article);
    }
    expect(report.statements.length).toBeGreaterThan(0);
    expect(report.timeline.length).toBeGreaterThan(0);
    expect(report.summary.length).toBeGreaterThan(0);
    // By an id prefix too; an unknown story is a 404.
    const prefixed = (await get(served.app, `/api/stories/${id.slice(0, 8)}/report`)).json();
    expect(prefixed.facts).toEqual(report.facts);
    await get(served.app, '/api/stories/s-ffffffffffff/report', 404);
  });

  it('is documented in /openapi.json with its cap', async () => {
    const { paths } = (await get(served.app, '/openapi.json')).json();
    const route = paths['/api/stories/{id}/report'].get;
    expect(route.description).toMatch(/first 200 articles/);
    expect(
      Object.keys(route.responses['200'].content['application/json'].schema.properties),
    ).toEqual(expect.arrayContaining(['facts', 'statements', 'timeline', 'summary', 'capped']));
  });

  it('is on the story page: summary, facts by source, statements, timeline, articles side by side', async () => {
    const id = await busanId();
    const document = parsePage((await get(served.app, `/stories/${id}`)).body);
    const report = document.querySelector('.story-report')!;
    expect(report.querySelectorAll('#summary li.summary-sentence').length).toBeGreaterThan(0);
    expect(report.querySelectorAll('#summary .chip').length).toBeGreaterThan(0);
    // One column per independent source.
    expect(report.querySelectorAll('.fact-table th.source-head')).toHaveLength(4);
    expect(
      report.querySelectorAll('.fact-table tr.fact.status-corroborated').length,
    ).toBeGreaterThan(0);
    expect(report.querySelectorAll('#statements .statement .wording').length).toBeGreaterThan(1);
    expect(report.querySelectorAll('#timeline time').length).toBeGreaterThan(0);
    expect(report.querySelectorAll('.article-column')).toHaveLength(6);
    expect(report.querySelectorAll('.article-column mark.ev').length).toBeGreaterThan(5);
    expect(report.querySelector('.report-scope')!.textContent).toMatch(
      /Cross-checked over all 6 articles/,
    );
    // Without script a fact's link jumps to its first evidence, which is on the page.
    for (const link of report.querySelectorAll('a[data-select]')) {
      const target = decodeURIComponent(link.getAttribute('href')!.slice(1));
      expect(document.getElementById(target), target).not.toBeNull();
    }
    // The report's stylesheet and script are static files; nothing inline.
    expect([...document.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual([
      '/static/app.js',
      '/static/report.js',
    ]);
    expect(document.querySelector('link[href="/static/report.css"]')).not.toBeNull();
    expect(document.querySelector('style, [style]')).toBeNull();
  });

  it("serves the offline report's own script and the scoped stylesheet as files", async () => {
    const script = await get(served.app, '/static/report.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe(REPORT_SCRIPT);
    const style = await get(served.app, '/static/report.css');
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(style.body).toBe(REPORT_ASSETS['report.css']);
    expect(style.body).toMatch(/^\.story-report \{/);
  });
});

const dockText = (n: number, extra = '') =>
  `LISBON — Dock workers at the port of Lisbon began a strike on Monday over pay, the union said. Report ${n}: ${n * 7919} dockers stayed out.${extra}`;

/** Articles that all join one story: the same features, different texts. */
function storyServer() {
  const base = makeArticle({ title: 'Dock workers strike in Lisbon', text: dockText(0) });
  const analysed = analyzeForStories([base])[0]!;
  if (analysed instanceof Error || !analysed.features) throw new Error('no features');
  const features = analysed.features;
  return (article: Article, target: Served) => {
    const [own] = analyzeForStories([article]);
    if (!own || own instanceof Error) throw new Error('no analysis');
    target.archive.addArticle(article, own.analysis, features);
    return target.archive.storyOf(article.id)!;
  };
}

describe("the stored report (the server's cache)", () => {
  it('is made once, reused while the story stands, and made again when an article joins', async () => {
    const own = await serve();
    try {
      const add = storyServer();
      const outlets = ['Harbour Post', 'Tagus Daily', 'Atlantic Wire'];
      let storyId = '';
      for (let n = 0; n < 2; n++)
        storyId = add(
          makeArticle({ text: dockText(n), outlet: outlets[n], published: `2031-04-0${n + 2}` }),
          own,
        );
      const save = vi.spyOn(own.archive, 'saveStoryReport');
      const first = (await get(own.app, `/api/stories/${storyId}/report`)).json();
      expect(first.articles).toHaveLength(2);
      expect(save).toHaveBeenCalledTimes(1);
      const key = storyReportKey(own.archive.storyArticlesByDate(storyId, 200));
      expect(JSON.parse(own.archive.getStoryReport(storyId, key)!).facts).toEqual(first.facts);

      // Reused: by the API and the page alike, nothing made again.
      await get(own.app, `/api/stories/${storyId}/report`);
      await get(own.app, `/stories/${storyId}`);
      expect(save).toHaveBeenCalledTimes(1);

      // An article joins: the key changes, the stored report is not shown again.
      const added = makeArticle({
        text: dockText(2, ' Ships queued for three days, port officials said.'),
        outlet: outlets[2],
        published: '2031-04-04',
      });
      expect(add(added, own)).toBe(storyId);
      const second = (await get(own.app, `/api/stories/${storyId}/report`)).json();
      expect(save).toHaveBeenCalledTimes(2);
      expect(second.articles).toHaveLength(3);
      expect(second.articles).toContain(added.id);
      expect(second.story.articles).toBe(3);
      const cited = second.facts.flatMap((fact: { articles: string[] }) => fact.articles);
      expect(cited).toContain(added.id);
      expect(own.archive.getStoryReport(storyId, key)).toBeNull();
      const page = parsePage((await get(own.app, `/stories/${storyId}`)).body);
      expect(page.querySelector(`#article-${added.id}`)).not.toBeNull();
      expect(page.querySelector('.report-scope')!.textContent).toMatch(/all 3 articles/);
      expect(save).toHaveBeenCalledTimes(2);
    } finally {
      await own.close();
    }
  });

  it('keeps one report per story: one stored for another state of the story is never shown', async () => {
    const own = await serve();
    const add = storyServer();
    const storyId = add(makeArticle({ text: dockText(5) }), own);
    const first = (await get(own.app, `/api/stories/${storyId}/report`)).body;
    const key = storyReportKey(own.archive.storyArticlesByDate(storyId, 200));
    expect(own.archive.getStoryReport(storyId, key)).not.toBeNull();
    // A report stored under another key (an older state of the story) is never shown.
    own.archive.saveStoryReport(storyId, 'stale', '{"facts":[]}');
    expect(own.archive.getStoryReport(storyId, key)).toBeNull();
    const again = (await get(own.app, `/api/stories/${storyId}/report`)).body;
    expect(again).toBe(first);
    await own.close();
  });
});

describe('making reports', () => {
  it('makes a report once for requests that come while it is being made', async () => {
    const inline = inlineCrossChecker();
    let made = 0;
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const reports = new StoryReports(served.archive, {
      check: async (input) => {
        made++;
        await gate;
        return inline.check(input);
      },
      close: async () => {},
    });
    const { items } = (await get(served.app, '/api/stories?q=Valencia')).json();
    const story = served.archive.getStorySummary(items[0].id)!;
    const key = storyReportKey(served.archive.storyArticlesByDate(story.id, 200));
    served.archive.saveStoryReport(story.id, 'stale', '{}');
    expect(served.archive.getStoryReport(story.id, key)).toBeNull();
    const waiting = [reports.json(story), reports.json(story), reports.report(story)];
    release();
    const [a, b, parsed] = await Promise.all(waiting);
    expect(made).toBe(1);
    expect(b).toBe(a);
    expect((parsed as { facts: unknown[] }).facts.length).toBeGreaterThan(0);
  });

  it('cross-checks in a worker thread when the server analyses in workers', async () => {
    const own = await serve({ analysis: 'worker' });
    try {
      const add = storyServer();
      const storyId = add(makeArticle({ text: dockText(1) }), own);
      add(makeArticle({ text: dockText(2), outlet: 'Tagus Daily' }), own);
      const report = (await get(own.app, `/api/stories/${storyId}/report`)).json();
      expect(report.articles).toHaveLength(2);
      expect(report.facts.length).toBeGreaterThan(0);
    } finally {
      await own.close();
    }
  }, 60_000);
});
