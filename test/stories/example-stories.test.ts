import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoryRecord } from '../../src/report/analysis-document.js';
import { exampleDocument, gold, goldKey } from '../helpers/example-corpus.js';
import { runCli } from '../helpers/run-cli.js';
import { schemaErrors } from '../helpers/schema.js';
import { tempFiles, tempFolder } from '../helpers/temp.js';

interface GoldLinks {
  copies: { article: string; of: string }[];
  updates: { article: string; of: string }[];
}
const links = gold as unknown as GoldLinks;

/** A story as gold keys: its articles as a sorted list. */
const members = (articles: string[], key: (id: string) => string) => articles.map(key).sort();

async function keyOf() {
  const document = await exampleDocument();
  const keys = new Map(document.articles.map((article) => [article.id, goldKey(article)]));
  return (id: string) => keys.get(id) ?? id;
}

function expectGoldStories(stories: StoryRecord[] | undefined, key: (id: string) => string) {
  expect(stories).toBeDefined();
  const found = stories!
    .map((story) => ({ articles: members(story.articles, key), sources: story.sources }))
    .sort((a, b) => a.articles[0]!.localeCompare(b.articles[0]!));
  const expected = gold.stories
    .map((story) => ({ articles: [...story.articles].sort(), sources: story.sources }))
    .sort((a, b) => a.articles[0]!.localeCompare(b.articles[0]!));
  expect(found).toEqual(expected);
  const pairs = (list: { article: string; of: string }[]) =>
    list.map((link) => `${key(link.article)} <- ${key(link.of)}`).sort();
  expect(pairs(stories!.flatMap((story) => story.copies))).toEqual(pairs(links.copies));
  expect(pairs(stories!.flatMap((story) => story.updates))).toEqual(pairs(links.updates));
}

describe('stories of the example corpus', () => {
  it('analyze groups the articles into the gold stories with exact copies, updates and sources', async () => {
    const document = await exampleDocument();
    expectGoldStories(document.stories, await keyOf());
    expect(schemaErrors({ articles: [], errors: [], stories: document.stories })).toEqual([]);
    const broken = { ...document.stories![0]!, sources: 0 };
    expect(schemaErrors({ articles: [], errors: [], stories: [broken] }).length).toBeGreaterThan(0);
  });

  it('ingest builds the same stories in the archive, and stories / story print them', async () => {
    const db = join(tempFolder(), 'news.db');
    expect((await runCli('ingest', 'examples/corpus', '--db', db)).code).toBe(0);
    const listed = await runCli('stories', '--db', db, '--json');
    expect(listed.code).toBe(0);
    const stories = JSON.parse(listed.stdout) as (StoryRecord & {
      sourceGroups: { articles: string[]; origin: string | null }[];
    })[];
    expectGoldStories(stories, await keyOf());

    const fire = stories.find((story) => story.copies.length === 2)!;
    const shown = await runCli('story', fire.id.slice(0, 8), '--db', db);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('4 independent sources');
    expect(shown.stdout).toContain('(Meridian Press Agency)');
    expect(shown.stdout).toMatch(/\[copy of a[0-9a-f]+, 0\.\d\d\]/);

    // A second ingest of the same corpus adds nothing and keeps the stories.
    await runCli('ingest', 'examples/corpus', '--db', db);
    expect(JSON.parse((await runCli('stories', '--db', db, '--json')).stdout)).toEqual(stories);

    const missing = await runCli('story', 'zzzz', '--db', db);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no story zzzz');
  });

  it('says what it did with an undated article and one in another language', async () => {
    const folder = tempFiles({
      'undated.txt':
        'Harbour pilots in Brenmouth stopped guiding ships into port after a pay dispute with the Brenmouth Port Authority, leaving twelve tankers at anchor.',
      'other.jsonl': `${JSON.stringify({ text: 'Les pilotes du port de Brenmouth ont cessé le travail hier matin après l’échec des négociations salariales avec l’autorité portuaire.', published: '2031-03-04', outlet: 'Le Quotidien du Port' })}\n`,
    });
    const document = JSON.parse((await runCli('analyze', folder, '--json')).stdout);
    const notes = document.stories.flatMap((story: StoryRecord) =>
      story.notes.flatMap((note) => note.notes),
    );
    expect(notes).toContain('no publication date: matched on content alone');
    expect(notes.some((note: string) => note.startsWith('language fr'))).toBe(true);
    expect(schemaErrors(document)).toEqual([]);
  });
});
