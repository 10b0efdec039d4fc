import { describe, expect, it } from 'vitest';
import { CopyIndex } from '../../../src/stories/copies/copy-index.js';
import { countSources } from '../../../src/stories/copies/count-sources.js';
import { storySources } from '../../../src/stories/copies/story-sources.js';
import type { Article } from '../../../src/model/article.js';
import {
  article,
  INDEPENDENT,
  INDEPENDENT_UPDATE,
  paragraphs,
  WIRE,
  WIRE_EDITED,
} from './fixtures.js';

const wire = article({
  text: paragraphs(WIRE),
  outlet: 'Harbourton Herald',
  published: '2031-03-03T08:00:00Z',
  title: 'Ferry crews strike, stranding 3,000 on Wrenmouth',
});
const wireCopy = article({
  text: paragraphs(WIRE_EDITED),
  outlet: 'Daily Lantern',
  published: '2031-03-03T10:30:00Z',
  title: 'Island cut off as ferry workers walk out',
});
const local = article({
  text: paragraphs(INDEPENDENT),
  outlet: 'Wrenmouth Echo',
  published: '2031-03-03T16:00:00Z',
});
const localUpdate = article({
  text: paragraphs(INDEPENDENT_UPDATE),
  outlet: 'Wrenmouth Echo',
  published: '2031-03-04T19:00:00Z',
});

function linksOf(articles: Article[]) {
  const index = new CopyIndex();
  const decisions = articles.map((a) => index.add(a));
  return { index, decisions, links: index.links() };
}

describe('CopyIndex', () => {
  it('finds a wire copy with a new headline, a reworded sentence and other quote marks', () => {
    const { links } = linksOf([wire, wireCopy]);
    expect(links).toEqual([
      { article: wireCopy.id, of: wire.id, kind: 'copy', similarity: expect.any(Number) },
    ]);
    expect(links[0]!.similarity).toBeGreaterThanOrEqual(0.7);
  });

  it('takes the direction from the publication dates, whatever the order of arrival', () => {
    const forward = linksOf([wire, wireCopy]).links;
    const backward = linksOf([wireCopy, wire]).links;
    expect(backward.map(({ article, of, kind }) => ({ article, of, kind }))).toEqual(
      forward.map(({ article, of, kind }) => ({ article, of, kind })),
    );
  });

  it('never takes an implausibly dated copy (year 0001, 2199, the epoch) for the original', () => {
    for (const published of ['0001-01-01', '2199-06-01T00:00:00Z', '1970-01-01T00:00:00Z']) {
      const misdated = { ...wireCopy, published };
      const { index, links } = linksOf([wire, misdated]);
      expect(links).toEqual([
        { article: misdated.id, of: wire.id, kind: 'copy', similarity: expect.any(Number) },
      ]);
      expect(index.origin(misdated.id)).toMatchObject({ original: wire.id });
    }
  });

  it('counts a burst of short templated texts that differ only in their figures as one source', () => {
    const burst = Array.from({ length: 400 }, (_, n) =>
      article({
        text: `Get fresh lanterns at Glimmerwick Depot this week! Deal ${n} closes tonight. Ring 404-${String(n).padStart(4, '0')} or see glimmerwick-depot.example for ${5 + (n % 40)} percent off. Few left, act now.`,
        outlet: `Pamphlet ${n % 10}`,
        published: n % 2 ? null : `2031-05-${String(1 + (n % 28)).padStart(2, '0')}`,
      }),
    );
    const { index } = linksOf(burst);
    const sources = storySources(
      burst.map((a) => a.id),
      index,
    );
    expect(sources.length).toBeLessThanOrEqual(10);
  });

  it('finds an update that keeps the earlier text under new paragraphs', () => {
    for (const order of [
      [local, localUpdate],
      [localUpdate, local],
    ]) {
      const { links } = linksOf(order);
      expect(links).toHaveLength(1);
      expect(links[0]).toMatchObject({ article: localUpdate.id, of: local.id, kind: 'update' });
      expect(links[0]!.similarity).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('counts a text that contains another outlet’s earlier story as an update of it', () => {
    // Four paragraphs of its own on top: more than a copy with a line or two added.
    const elsewhere = article({
      text: paragraphs([...INDEPENDENT_UPDATE.slice(0, 2), ...WIRE.slice(1, 3), ...INDEPENDENT]),
      outlet: 'Island Radio',
      published: '2031-03-04T19:00:00Z',
    });
    const { links } = linksOf([local, elsewhere]);
    expect(links).toMatchObject([{ article: elsewhere.id, of: local.id, kind: 'update' }]);
  });

  it('finds an update whose earlier version is kept below a marker line', () => {
    const kept = article({
      text: [
        ...INDEPENDENT_UPDATE.slice(0, 2),
        'Previous version of this story below:',
        ...INDEPENDENT,
      ].join('\n\n'),
      outlet: 'Island Radio',
      published: '2031-03-04T19:00:00Z',
    });
    expect(kept.sections.versions).toHaveLength(2);
    for (const order of [
      [local, kept],
      [kept, local],
    ]) {
      const { links } = linksOf(order);
      expect(links).toMatchObject([{ article: kept.id, of: local.id, kind: 'update' }]);
    }
  });

  it('links nothing between two outlets’ own reports of one event', () => {
    const { links, decisions } = linksOf([wire, local, localUpdate]);
    expect(links.filter((l) => l.of === wire.id || l.article === wire.id)).toEqual([]);
    expect(decisions[1]!.reason).toBe('unique');
  });

  it('does not match empty or very short texts with anything', () => {
    const short = ['', 'Ferry strike.', 'Ferry strike.', 'Crews walked off the job on Tuesday.'];
    const articles = short.map((text, i) =>
      article({ text, outlet: `Outlet ${i}`, published: `2031-03-0${i + 1}` }),
    );
    const { links, decisions } = linksOf([...articles, wire, wireCopy]);
    expect(decisions.slice(0, 4).map((d) => d.reason)).toEqual([
      'too-short',
      'too-short',
      'too-short',
      'too-short',
    ]);
    expect(links).toHaveLength(1);
    expect(links[0]!.article).toBe(wireCopy.id);
  });

  it('points a copy of a copy at the group’s original, and indexes only the first of them', () => {
    const third = article({
      text: paragraphs(WIRE_EDITED.slice(0, -1)) + '\n\n— Kestrel Wire',
      outlet: 'Coast Today',
      published: '2031-03-03T12:00:00Z',
    });
    for (const order of [
      [wire, wireCopy, third],
      [third, wireCopy, wire],
      [wireCopy, third, wire],
    ]) {
      const { index, links, decisions } = linksOf(order);
      expect(links.map((l) => [l.article, l.of])).toEqual(
        [
          [wireCopy.id, wire.id],
          [third.id, wire.id],
        ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
      );
      expect(decisions.filter((d) => d.indexed)).toHaveLength(1);
      expect(index.origin(third.id)).toMatchObject({
        original: wire.id,
        outlet: 'Harbourton Herald',
        agency: 'Kestrel Wire News Agency', // the fullest name a credit gives
        size: 3,
      });
    }
  });

  it('breaks a tie in publication time the same way whatever the order', () => {
    const twin = article({
      text: paragraphs(WIRE_EDITED),
      outlet: 'Daily Lantern',
      published: wire.published,
    });
    const a = linksOf([wire, twin]).links;
    const b = linksOf([twin, wire]).links;
    expect(a).toHaveLength(1);
    expect(b.map((l) => [l.article, l.of])).toEqual(a.map((l) => [l.article, l.of]));
  });

  it('is deterministic, and adding the same article twice changes nothing', () => {
    const input = [wire, local, wireCopy, localUpdate];
    const first = linksOf(input);
    const second = linksOf(input);
    expect(second.links).toEqual(first.links);
    expect(second.decisions).toEqual(first.decisions);
    expect(first.index.add(wireCopy).reason).toBe('already-added');
    expect(first.index.links()).toEqual(first.links);
  });

  it('links a burst of near-identical articles to one group without growing the index', () => {
    const index = new CopyIndex();
    const words = paragraphs(WIRE).split(' ');
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 48271) >>> 0) % 2147483647);
    let maxCandidates = 0;
    for (let i = 0; i < 400; i++) {
      const variant = [...words];
      for (let n = 0; n < 2; n++) variant[next() % variant.length] = `spam${next() % 1000}`;
      const decision = index.add(
        article({
          text: variant.join(' '),
          outlet: `Outlet ${i % 7}`,
          published: new Date(Date.UTC(2031, 2, 3) + i * 60_000).toISOString(),
        }),
      );
      maxCandidates = Math.max(maxCandidates, decision.candidates);
    }
    expect(index.links()).toHaveLength(399);
    expect(index.state.stats().fingerprints).toBe(1);
    expect(maxCandidates).toBe(1);
  });
});

describe('storySources', () => {
  it('gives one source per group of copies, with where it came from', () => {
    const index = new CopyIndex();
    for (const a of [wireCopy, local, wire, localUpdate]) index.add(a);
    const sources = storySources([wire.id, wireCopy.id, local.id, localUpdate.id], index);
    expect(sources).toHaveLength(2);
    const wireSource = sources.find((s) => s.original === wire.id)!;
    expect(wireSource.articles).toEqual([wire.id, wireCopy.id].sort());
    expect(wireSource.origin).toBe('Kestrel Wire News Agency');
    const localSource = sources.find((s) => s.original === local.id)!;
    expect(localSource).toMatchObject({ origin: 'Wrenmouth Echo', agency: null });
    expect(countSources([wire.id, wireCopy.id, local.id, localUpdate.id], index.links())).toBe(2);
  });
});
