import { describe, expect, it } from 'vitest';
import { crossCheckStory } from '../../src/crosscheck/cross-check-story.js';
import { factWording } from '../../src/crosscheck/verdicts/fact-wording.js';
import { ownSources, storyArticles } from './invented-reports.js';

const conflicts = (drafts: Array<{ outlet: string; published: string; text: string }>) => {
  const articles = storyArticles(drafts);
  return crossCheckStory({ articles, sources: ownSources(articles) }).facts.filter(
    (fact) => fact.status === 'conflicting',
  );
};

describe('conflicts', () => {
  it('are between independent sources: one outlet giving two figures disputes nothing', () => {
    const articles = storyArticles([
      {
        outlet: 'Kellan Echo',
        published: '2035-03-06',
        text: 'A gas explosion at a bakery in Kellan injured 12 people on Monday, the fire service said.',
      },
      {
        outlet: 'Kellan Echo',
        published: '2035-03-07',
        text: 'A gas explosion at a bakery in Kellan injured 15 people on Monday, the fire service said.',
      },
    ]);
    const sources = [{ articles: articles.map(({ article }) => article.id) }];
    const { facts } = crossCheckStory({ articles, sources });
    expect(facts.filter((fact) => fact.status === 'conflicting')).toEqual([]);
  });

  it('tell a side once: its claim is no single-source fact of its figure as well', () => {
    const articles = storyArticles([
      {
        outlet: 'Kellan Echo',
        published: '2035-03-06',
        text: 'Nobody was injured when a gas explosion wrecked a bakery in Kellan on Monday.',
      },
      {
        outlet: 'Valley Times',
        published: '2035-03-06',
        text: 'Three people were injured when a gas explosion wrecked a bakery in Kellan on Monday.',
      },
    ]);
    const { facts } = crossCheckStory({ articles, sources: ownSources(articles) });
    const conflict = facts.find((fact) => fact.status === 'conflicting');
    expect(conflict).toBeDefined();
    expect(facts.filter((fact) => fact.text === conflict!.text)).toHaveLength(1);
  });

  it('tells a conflict once when several sentences give its figures', () => {
    const found = conflicts([
      {
        outlet: 'Kellan Echo',
        published: '2035-03-06',
        text: 'About 300 miners walked out at the Kellan pit on Monday. The strike by 300 miners closed the Kellan pit for the first time since it opened.',
      },
      {
        outlet: 'Valley Times',
        published: '2035-03-06',
        text: 'Some 450 miners went on strike at the Kellan pit on Monday, the union said. The union said 450 miners had joined the strike at the Kellan pit.',
      },
      {
        outlet: 'Harbour Post',
        published: '2035-03-06',
        text: 'Miners walked out at the Kellan pit on Monday.',
      },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.versions!.map((version) => version.text).sort()).toEqual([
      'About 300 miners',
      'Some 450 miners',
    ]);
    // Its evidence is what its versions say, not the other words its sentences were aligned on.
    const onSides = new Set(found[0]!.versions!.flatMap((v) => v.evidence.map((e) => e.text)));
    for (const evidence of found[0]!.evidence) expect(onSides).toContain(evidence.text);
  });

  it('counts a report giving both versions on each side', () => {
    const found = conflicts([
      {
        outlet: 'Kellan Echo',
        published: '2035-03-06',
        text: 'About 300 miners walked out at the Kellan pit on Monday.',
      },
      {
        outlet: 'Valley Times',
        published: '2035-03-06',
        text: 'The union said 450 miners walked out at the Kellan pit on Monday. The owners of the pit gave a lower figure of about 300.',
      },
    ]);
    expect(found).toHaveLength(1);
    const lower = found[0]!.versions!.find((version) => version.text === 'About 300 miners')!;
    expect(lower.evidence.map((evidence) => evidence.text)).toEqual(
      expect.arrayContaining(['The owners of the pit gave a lower figure of about 300.']),
    );
    expect(lower.sources).toBe(2);
  });

  it('finds a happening sent to different places, each place with its reports', () => {
    const found = conflicts([
      {
        outlet: 'Kellan Echo',
        published: '2035-03-06',
        text: 'After the summit, the minister Ilse Varga flew back to Marseille.',
      },
      {
        outlet: 'Valley Times',
        published: '2035-03-06',
        text: 'After the summit, Varga travelled on to Geneva, her office said.',
      },
      {
        outlet: 'Harbour Post',
        published: '2035-03-06',
        text: 'Varga flew back to Marseille after the summit.',
      },
    ]);
    expect(found).toHaveLength(1);
    const versions = found[0]!.versions!.map((v) => [v.about, v.text, v.sources]);
    expect(versions).toEqual([
      ['place', 'flew back to Marseille', 2],
      ['place', 'travelled on to Geneva', 1],
    ]);
  });

  it('finds no place conflict where one report sends a thing and another someone', () => {
    const found = conflicts([
      {
        outlet: 'Kellan Echo',
        published: '2035-03-06',
        text: 'The minister promised aid worth millions to Marseille after the summit.',
      },
      {
        outlet: 'Valley Times',
        published: '2035-03-06',
        text: 'After the summit, the minister travelled on to Geneva.',
      },
    ]);
    expect(found).toEqual([]);
  });

  it('reads "no injuries" against a count of the injured as a conflict', () => {
    const found = conflicts([
      {
        outlet: 'Kellan Echo',
        published: '2035-03-06',
        text: 'Police broke up the picket at the Kellan pit on Monday. No injuries were reported.',
      },
      {
        outlet: 'Valley Times',
        published: '2035-03-06',
        text: 'Police broke up the picket at the Kellan pit on Monday. Three miners were treated for minor injuries.',
      },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.versions!.map((version) => version.text).sort()).toEqual([
      'No injuries',
      'Three miners',
    ]);
  });

  it('does not read "no further arrests" as none arrested', () => {
    const found = conflicts([
      {
        outlet: 'Kellan Echo',
        published: '2035-03-06',
        text: 'Police arrested four pickets at the Kellan pit on Monday.',
      },
      {
        outlet: 'Valley Times',
        published: '2035-03-06',
        text: 'Police said no further arrests had been made at the Kellan pit since Monday.',
      },
    ]);
    expect(found).toEqual([]);
  });

  it('reads an offer and a demand as two positions, not two versions', () => {
    const found = conflicts([
      {
        outlet: 'Kellan Echo',
        published: '2035-03-06',
        text: 'The owners of the Kellan pit are offering the miners a pay rise of 3 percent.',
      },
      {
        outlet: 'Valley Times',
        published: '2035-03-06',
        text: 'The miners at the Kellan pit are demanding a pay rise of 8 percent.',
      },
    ]);
    expect(found).toEqual([]);
  });

  it('finds a once-only happening given two days', () => {
    const found = conflicts([
      {
        outlet: 'Kellan Echo',
        published: '2035-03-08',
        text: 'The old footbridge over the Varn collapsed on Tuesday, the council said.',
      },
      {
        outlet: 'Valley Times',
        published: '2035-03-08',
        text: 'The old footbridge over the Varn collapsed on Wednesday morning.',
      },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.versions!.map((version) => version.text).sort()).toEqual([
      'Tuesday',
      'Wednesday morning',
    ]);
  });

  it('finds no date conflict between two things that began on different days', () => {
    const found = conflicts([
      {
        outlet: 'Kellan Echo',
        published: '2035-03-08',
        text: 'A fire broke out on the ferry Osprey on Sunday.',
      },
      {
        outlet: 'Valley Times',
        published: '2035-03-08',
        text: 'Crews began towing the ferry Osprey on Wednesday.',
      },
    ]);
    expect(found).toEqual([]);
  });

  it('reads a figure within another’s bound as the same figure', () => {
    const found = conflicts([
      {
        outlet: 'Kellan Echo',
        published: '2035-03-06',
        text: 'More than 150 millimetres of rain fell on the valley in two days.',
      },
      {
        outlet: 'Valley Times',
        published: '2035-03-06',
        text: 'The weather office said 160 millimetres of rain fell on the valley in two days.',
      },
    ]);
    expect(found).toEqual([]);
  });
});

describe('facts', () => {
  it('never words two facts by one sentence, copies of it included', () => {
    const wire =
      'About 300 miners walked out at the Kellan pit in Norland on Monday over unpaid wages.';
    const articles = storyArticles([
      { outlet: 'Norland Wire', published: '2035-03-06', text: wire },
      { outlet: 'Kellan Echo', published: '2035-03-06', text: wire },
      {
        outlet: 'Valley Times',
        published: '2035-03-06',
        text: 'Miners walked out at the Kellan pit on Monday.',
      },
      {
        outlet: 'Harbour Post',
        published: '2035-03-06',
        text: 'Unpaid wages are behind the dispute, union leaders in Norland say.',
      },
    ]);
    const [wired, copied, valley, harbour] = articles.map(({ article }) => article.id);
    const facts = crossCheckStory({
      articles,
      sources: [{ articles: [wired!, copied!] }, { articles: [valley!] }, { articles: [harbour!] }],
    }).facts.filter((fact) => fact.sources > 1);
    expect(facts.length).toBeGreaterThan(1);
    const texts = facts.map((fact) => fact.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('a report that denies a happening', () => {
  it('does not confirm a report that says it happened', () => {
    const articles = storyArticles([
      {
        outlet: 'Velby Times',
        published: '2036-03-03',
        text: 'The mayor of Velby resigned on Monday over the harbour contract.',
      },
      {
        outlet: 'Corran Ledger',
        published: '2036-03-03',
        text: 'The mayor of Velby has not resigned over the harbour contract, her office said on Monday.',
      },
    ]);
    const { facts } = crossCheckStory({ articles, sources: ownSources(articles) });
    expect(facts.filter((fact) => fact.status === 'corroborated')).toEqual([]);
  });
});

describe('two sentences about the same person', () => {
  it('do not confirm each other when they share only who they are about', () => {
    const articles = storyArticles([
      {
        outlet: 'Velby Times',
        published: '2036-03-03',
        text: 'Harbour Minister Ilse Varga has not spoken in public since Monday.',
      },
      {
        outlet: 'Corran Ledger',
        published: '2036-03-03',
        text: 'Harbour Minister Ilse Varga said on Monday that the council would not intervene.',
      },
    ]);
    const { facts } = crossCheckStory({ articles, sources: ownSources(articles) });
    expect(facts.filter((fact) => fact.status === 'corroborated')).toEqual([]);
  });
});

describe('a sentence other sources confirm in part', () => {
  it('is a single-source fact that names what only it says', () => {
    const articles = storyArticles([
      {
        outlet: 'Velby Times',
        published: '2036-03-03',
        text: 'A fire broke out in the engine room of the ferry Tamsin Rose off Corran on Sunday, injuring 14 passengers.',
      },
      {
        outlet: 'Corran Ledger',
        published: '2036-03-03',
        text: 'A fire broke out aboard the ferry Tamsin Rose off Corran on Sunday.',
      },
      {
        outlet: 'Strand Courier',
        published: '2036-03-03',
        text: 'Fire broke out on the Tamsin Rose off Corran on Sunday.',
      },
    ]);
    const { facts } = crossCheckStory({ articles, sources: ownSources(articles) });
    const corroborated = facts.find((fact) => fact.status === 'corroborated')!;
    expect(corroborated.sources).toBe(3);
    expect(corroborated.unconfirmed).toBeUndefined();
    const own = facts.filter(
      (fact) => fact.status === 'single-source' && fact.articles[0] === articles[0]!.article.id,
    );
    const named = own.flatMap((fact) => fact.unconfirmed ?? []);
    expect(named).toContain('engine');
    for (const word of ['fire', 'Tamsin Rose', 'Corran', 'Sunday'])
      expect(named).not.toContain(word);
    // The sentences of the other reports, which say nothing of their own, name nothing.
    for (const fact of facts.filter((fact) => fact.articles[0] !== articles[0]!.article.id))
      expect(fact.unconfirmed ?? []).toEqual([]);
  });
});

describe('one source', () => {
  it('confirms nothing by itself, and tells each thing it alone says once', () => {
    const wire =
      'SELBY (Norland Wire) – Fire broke out on the Kellan ferry near Selby late on Sunday, injuring four passengers. The ferry operator said the cause of the fire on the Kellan ferry was not yet known.';
    const articles = storyArticles([
      { outlet: 'Norland Wire', published: '2035-03-06', text: wire },
      {
        outlet: 'Kellan Echo',
        published: '2035-03-06',
        text: wire.replace('SELBY (Norland Wire)', 'SELBY, March 6 (Norland Wire)'),
      },
      {
        outlet: 'Valley Times',
        published: '2035-03-06',
        text: wire.replace('SELBY (Norland Wire)', 'SELBY, Norland (Norland Wire)'),
      },
      {
        outlet: 'Harbour Post',
        published: '2035-03-06',
        text: 'A fire broke out on the Kellan ferry on Sunday night.',
      },
    ]);
    const ids = articles.map(({ article }) => article.id);
    const facts = crossCheckStory({
      articles,
      sources: [{ articles: ids.slice(0, 3) }, { articles: [ids[3]!] }],
    }).facts;
    for (const fact of facts.filter((f) => f.sources === 1)) {
      const sentences = new Set(fact.evidence.map((e) => e.text.replace(/^.*\) – /, '')));
      expect(sentences.size).toBe(1);
    }
    // One source's copies of a sentence tell it once.
    const texts = facts.filter((fact) => fact.sources === 1).map((fact) => fact.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('a figure only one source’s copies give', () => {
  it('stays a single-source fact beside what other sources confirm', () => {
    const wire =
      'Dockworkers in Lisbon walked out on Monday in a strike that the port authority said cost 8 million euros a day.';
    const articles = storyArticles([
      { outlet: 'Norland Wire', published: '2035-03-06', text: wire },
      { outlet: 'Kellan Echo', published: '2035-03-06', text: `LISBON – ${wire}` },
      {
        outlet: 'Harbour Post',
        published: '2035-03-06',
        text: 'Lisbon dockworkers walked out on Monday, halting the port.',
      },
    ]);
    const ids = articles.map(({ article }) => article.id);
    const facts = crossCheckStory({
      articles,
      sources: [{ articles: ids.slice(0, 2) }, { articles: [ids[2]!] }],
    }).facts;
    const figure = facts.filter(
      (fact) => fact.sources === 1 && fact.evidence.some((e) => e.text.includes('8 million')),
    );
    expect(figure).toHaveLength(1);
  });
});

describe('one source’s copies', () => {
  it('link a sentence only with its own copy, not with another sentence alike in words', () => {
    const wire =
      'The Kellan ferry operator said four passengers were hurt in the fire on the Kellan ferry. The fire on the Kellan ferry began in the engine room, the operator said.';
    const articles = storyArticles([
      { outlet: 'Norland Wire', published: '2035-03-06', text: wire },
      { outlet: 'Kellan Echo', published: '2035-03-06', text: `SELBY – ${wire}` },
    ]);
    const ids = articles.map(({ article }) => article.id);
    const facts = crossCheckStory({ articles, sources: [{ articles: ids }] }).facts;
    for (const fact of facts) {
      const sentences = new Set(fact.evidence.map((e) => e.text.replace(/^SELBY – /, '')));
      expect(sentences.size).toBe(1);
    }
  });
});

describe('near-identical wordings', () => {
  it('are one fact: an edited copy of a sentence does not repeat it', () => {
    const articles = storyArticles([
      {
        outlet: 'Norland Wire',
        published: '2035-03-06',
        text: 'About 300 miners walked out at the Kellan pit in Norland on Monday over unpaid wages. The pit owners said talks would resume on Friday.',
      },
      {
        outlet: 'Kellan Echo',
        published: '2035-03-06',
        text: 'About 300 miners walked out at the Kellan pit in Norland on Monday over unpaid wages, the union said. Talks with the pit owners resume on Friday.',
      },
      {
        outlet: 'Valley Times',
        published: '2035-03-06',
        text: 'Miners walked out at the Kellan pit on Monday.',
      },
      {
        outlet: 'Harbour Post',
        published: '2035-03-06',
        text: 'Unpaid wages are behind the dispute at the Kellan pit, union leaders in Norland say.',
      },
    ]);
    const facts = crossCheckStory({ articles, sources: ownSources(articles) }).facts.filter(
      (fact) => fact.sources > 1 && fact.status !== 'conflicting',
    );
    const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}+/gu));
    for (const [i, a] of facts.entries())
      for (const b of facts.slice(i + 1)) {
        const x = words(a.text);
        const y = words(b.text);
        const shared = [...x].filter((word) => y.has(word)).length;
        expect(shared / Math.min(x.size, y.size), `${a.text} / ${b.text}`).toBeLessThan(0.8);
      }
  });
});

describe('fact wording', () => {
  it('drops a dateline and the word that joined a split clause, not a sentence’s opening', () => {
    expect(factWording('KELLAN, Norland — Miners walked out.')).toBe('Miners walked out.');
    expect(factWording('and the pit was closed')).toBe('The pit was closed');
    expect(factWording('After the meeting, the minister flew home.')).toBe(
      'After the meeting, the minister flew home.',
    );
  });

  it('drops the tag of an updated report before its dateline', () => {
    expect(factWording('(Update, March 7, 2035) KELLAN — Miners walked out.')).toBe(
      'Miners walked out.',
    );
  });
});
