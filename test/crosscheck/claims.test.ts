import { describe, expect, it } from 'vitest';
import { textLayer } from '../../src/analyze/text/text-layer.js';
import { buildClaims, isBackground, isTelling } from '../../src/crosscheck/claims/build-claims.js';
import { claimWords } from '../../src/crosscheck/claims/claim-words.js';
import { crossCheckStory } from '../../src/crosscheck/cross-check-story.js';
import { ownSources, storyArticles } from './invented-reports.js';

/** The claims of one invented report. */
const claimsOf = (text: string, published = '2034-06-12') => {
  const [item] = storyArticles([{ outlet: 'Fenwick Gazette', published, text }]);
  return buildClaims(item!, textLayer(text), 0, 0);
};

const wordsOf = (text: string) =>
  claimWords(textLayer(text).tokens, true).filter((word): word is string => word !== null);

describe('claim words', () => {
  it('lemmatises a headline whose capitalised words are tagged as names', () => {
    expect(wordsOf('Ferry Operator Cancels Crossings For Unknown Reasons')).toEqual(
      expect.arrayContaining(['cancel', 'crossing', 'reason']),
    );
  });

  it('reads a gerund after a preposition as its verb', () => {
    expect(wordsOf('He was fined for speeding.')).toContain('speed');
    expect(wordsOf('She arrived in the evening.')).toContain('evening');
  });

  it('folds phrasal verbs into the happening they name', () => {
    expect(wordsOf('Bakers walked out on Monday.')).toContain('strike');
    expect(wordsOf('The Varn burst its banks overnight.')).toContain('flood');
    expect(wordsOf('The chairman stepped down.')).toContain('resign');
    expect(wordsOf('Bakers walked to the square.')).not.toContain('strike');
    expect(wordsOf('Bakers walked off the job at dawn.')).toContain('strike');
    expect(wordsOf('The crews put out the fire by noon.')).toContain('extinguish');
    expect(wordsOf('The fire was put out on Tuesday.')).toContain('extinguish');
    expect(wordsOf('The roof of the tunnel gave way at dawn.')).toContain('collapse');
    expect(wordsOf('The union turned down the offer.')).toContain('reject');
    expect(wordsOf('Crews put out a huge warehouse fire.')).toContain('extinguish');
    expect(wordsOf('Crews put out the blazes overnight.')).toContain('extinguish');
    expect(wordsOf('Workers walked off their jobs on Monday.')).toContain('strike');
    expect(wordsOf('A fire broke out on the ferry.')).toEqual(
      expect.arrayContaining(['fire', 'begin']),
    );
    expect(wordsOf('The ferry caught fire.')).toEqual(expect.arrayContaining(['fire', 'begin']));
    expect(wordsOf('Three wagons came off the rails.')).toContain('derail');
    expect(wordsOf('The tram left the tracks near the depot.')).toContain('derail');
    expect(wordsOf('The train jumped the rails.')).toContain('derail');
  });

  it('does not fold a phrase used in its plain sense', () => {
    // Leaving a place, or issuing a statement, is no strike and no fire put out.
    expect(wordsOf('Another 16 walked out of the mine unhurt.')).not.toContain('strike');
    expect(wordsOf('The visitors walked off the pitch in protest.')).not.toContain('strike');
    expect(wordsOf('The operator put out a statement on Monday.')).not.toContain('extinguish');
    expect(wordsOf('The protests gave way to talks.')).not.toContain('collapse');
    expect(wordsOf('The operator caved in to the union.')).not.toContain('collapse');
    // Coming off needs the rails right after it: a deal comes off, a car off a production line.
    expect(wordsOf('The merger came off in the end.')).not.toContain('derail');
    expect(wordsOf('The first van came off the production line.')).not.toContain('derail');
    expect(wordsOf('The tram left the depot.')).not.toContain('derail');
  });

  it('reads how something happened as its adjective, not how sure a report is', () => {
    expect(wordsOf('Two sailors were seriously hurt.')).toContain('serious');
    expect(wordsOf('The hull was heavily damaged.')).toContain('heavy');
    expect(wordsOf('The captain was reportedly arrested.')).not.toContain('reported');
  });

  it('keeps "first", which the tagger reads as an adverb: it tells one happening', () => {
    expect(wordsOf('It was the first full stoppage at the port since 2029.')).toContain('first');
  });

  it('leaves "according to" and "including" with the clause they end', () => {
    const text =
      'All 24 crew were taken off the ferry, according to the coast guard. Six were hurt, including two sailors in a serious condition.';
    expect(claimsOf(text)).toHaveLength(2);
  });

  it('keeps a phrase set off between a subject and its verb inside its clause', () => {
    const text =
      'The Velby-flagged ferry, carrying some 420 cars from Corran, caught fire on Sunday. A fire broke out on the ferry, injuring six of its crew.';
    expect(claimsOf(text).map((claim) => claim.text)).toEqual([
      'The Velby-flagged ferry, carrying some 420 cars from Corran, caught fire on Sunday.',
      'A fire broke out on the ferry',
      'injuring six of its crew.',
    ]);
    // A clause of its own before the phrase: the break stays.
    expect(
      claimsOf(
        'A fire broke out off Corran on Sunday, injuring six crew, according to the coastguard.',
      ),
    ).toHaveLength(2);
  });

  it('does not cut a sentence before a phrase whose only verb is an infinitive', () => {
    expect(
      claimsOf('The minister returned to Velby after the visit to chair the meeting.'),
    ).toHaveLength(1);
    expect(claimsOf('The ferry sailed for Velby after the storm had passed.')).toHaveLength(2);
  });

  it('counts a figure "of" a whole in the whole’s unit', () => {
    const [claim] = claimsOf('Twelve of its 24 crew members were injured.');
    const twelve = claim!.quantities.find((quantity) => quantity.value === 12)!;
    expect(twelve.unitWords).toEqual(['crew', 'member']);
    // What is said of the part follows its whole.
    expect(twelve.context).toContain('injure');
  });

  it('gives no day to a participle that describes a noun', () => {
    const [lifting] = claimsOf('Crews began lifting the derailed wagons on Tuesday.');
    expect(lifting!.datedEvent).toBeNull();
    const [derailed] = claimsOf('The wagons derailed on Tuesday.');
    expect(derailed!.datedEvent?.verb).toBe('derail');
  });

  it('dates a happening by the verb its time is said of', () => {
    const [claim] = claimsOf(
      'Two people died when the tram left the rails at 6.25 p.m. on Tuesday.',
    );
    expect(claim!.datedEvent?.verb).toBe('derail');
  });

  it('knows the verbs a claim denies', () => {
    const claims = claimsOf(
      'The nine crew members who were not hurt were taken to Corran on Monday. The company declined to comment on the cargo. The ferry has not yet been found.',
    );
    expect(claims.map((claim) => claim.negated)).toEqual([['injure'], ['comment'], ['find']]);
    const [curly, both, adding] = [
      'The mayor of Velby hasn’t resigned.',
      'Three crew members were hurt in the fire and nine were not hurt.',
      'Twelve crew members were not only injured but also trapped.',
    ].map((text) => claimsOf(text).flatMap((claim) => claim.negated));
    expect(curly).toEqual(['resign']);
    // A subject that denies its verb.
    for (const text of [
      'No one has been arrested over the Tarn fire.',
      'Nobody was arrested over the Tarn fire.',
    ])
      expect(claimsOf(text).flatMap((claim) => claim.negated)).toContain('arrest');
    expect(
      claimsOf('Police arrested one man over the Tarn fire.').flatMap((claim) => claim.negated),
    ).toEqual([]);
    // Stated as well as denied, or "not only": not denied.
    expect(both).not.toContain('injure');
    expect(adding).toEqual([]);
  });

  it('does not let "no one was arrested" confirm an arrest', () => {
    const articles = storyArticles([
      {
        outlet: 'Fenwick Gazette',
        published: '2034-06-12',
        text: 'Police arrested a 41-year-old man over the Tarn fire on Tuesday.',
      },
      {
        outlet: 'Harrow Post',
        published: '2034-06-12',
        text: 'No one has been arrested over the Tarn fire, police said on Tuesday.',
      },
    ]);
    const { facts } = crossCheckStory({ articles, sources: ownSources(articles) });
    expect(facts.map((fact) => fact.status)).not.toContain('corroborated');
  });

  it('reads what a report denies as denied ("denied that the bridge had failed")', () => {
    const denied = claimsOf(
      'The council denied that the Marl footbridge had failed an inspection.',
    );
    expect(denied.flatMap((claim) => claim.negated)).toContain('fail');
    const rejected = claimsOf(
      'The council rejected the offer and the footbridge failed an inspection.',
    );
    expect(rejected.flatMap((claim) => claim.negated)).toEqual([]);
    const articles = storyArticles([
      {
        outlet: 'Fenwick Gazette',
        published: '2034-06-12',
        text: 'The council confirmed that the Marl footbridge had failed an inspection in March.',
      },
      {
        outlet: 'Valley Times',
        published: '2034-06-12',
        text: 'The council denied that the Marl footbridge had failed an inspection in March.',
      },
    ]);
    const { facts } = crossCheckStory({ articles, sources: ownSources(articles) });
    expect(facts.filter((fact) => fact.status === 'corroborated')).toEqual([]);
  });

  it('makes no claim of an editor’s note on the report itself', () => {
    const text =
      'Hail damaged the roof of the school. This story was updated on June 13 to include the council’s estimate.';
    expect(claimsOf(text).map((claim) => claim.text)).toEqual([
      'Hail damaged the roof of the school.',
    ]);
  });

  it('keeps a sentence of news that says a report was revised', () => {
    const text =
      'The report was revised on Monday to show that 40 patients died at Dunmore hospital.';
    expect(claimsOf(text)).toHaveLength(1);
  });

  it('reads "according to" as reported speech, not a verb of the claim', () => {
    expect(wordsOf('According to the ferry union, its members staged a protest.')).toEqual(
      expect.arrayContaining(['stage', 'protest']),
    );
    expect(wordsOf('According to the ferry union, its members staged a protest.')).not.toContain(
      'accord',
    );
  });
});

describe('background claims', () => {
  it('dates a claim as background when its date ended a month before the article', () => {
    expect(isBackground('2029', '2031-04-02')).toBe(true);
    expect(isBackground('2031-02', '2031-04-02')).toBe(true);
    expect(isBackground('2031-03-30', '2031-04-02')).toBe(false);
    expect(isBackground('2031', '2031-04-02')).toBe(false);
    expect(isBackground('2029', null)).toBe(false);
  });

  const articles = storyArticles([
    {
      outlet: 'Fenwick Gazette',
      published: '2034-06-12',
      text: 'The hailstorm that struck Dunmore on Sunday caused damage worth 40 million euros, the regional insurers said. A smaller hailstorm in August 2032 caused damage worth 8 million euros in Dunmore.',
    },
    {
      outlet: 'Marlow Post',
      published: '2034-06-12',
      text: 'Insurers estimate the damage from the hailstorm in Dunmore on Sunday at 40 million euros.',
    },
  ]);

  it('tells dates that set a happening apart from the article’s own month or year', () => {
    expect(isTelling('2034-06-11', '2034-06-12')).toBe(true);
    expect(isTelling('2032-08', '2034-06-12')).toBe(true);
    expect(isTelling('2034-07', '2034-06-12')).toBe(true);
    expect(isTelling('2034-06', '2034-06-12')).toBe(false);
    expect(isTelling('2034', '2034-06-12')).toBe(false);
  });

  it('marks the claim of an earlier event as background', () => {
    const claims = buildClaims(articles[0]!, textLayer(articles[0]!.article.text), 0, 0);
    expect(claims.map((claim) => claim.timeframe)).toEqual(['news', 'background']);
  });

  const timeframes = (published: string, text: string) =>
    claimsOf(text, published).map((claim) => claim.timeframe);

  it('reads a date after "since" as a point of comparison, not the claim’s date', () => {
    const text = 'It was the first hailstorm to strike Dunmore since 2019.';
    expect(timeframes('2034-06-12', text)).toEqual(['news']);
    const [claim] = claimsOf(text);
    expect(claim!.dates).toEqual([]);
    expect(claim!.telling).toEqual(['2019']);
  });

  it('tells of now as well when its old date stands in a clause set off by commas', () => {
    expect(
      timeframes(
        '2034-06-12',
        'The mill, which opened in 1987, employs some 240 people and makes flour.',
      ),
    ).toEqual(['both']);
    expect(
      timeframes('2034-06-12', 'In 2019 a fire destroyed the mill and killed two workers.'),
    ).toEqual(['background']);
    expect(
      timeframes('2034-06-12', 'The mill, which is based in Dunmore, was fined in 2019.'),
    ).toEqual(['background']);
  });

  it('dates a "when" clause by the date just before it', () => {
    expect(
      timeframes(
        '2034-06-12',
        'It was the worst tram crash in Dunmore since 2019, when four people were killed on the Quay line.',
      ),
    ).toEqual(['news', 'background']);
  });

  it('dates a claim of the news that names an earlier date as both', () => {
    expect(
      timeframes('2034-06-12', 'Hail on Sunday damaged the roof of the school, built in 2019.'),
    ).toEqual(['both']);
  });

  it('never aligns the news with the background', () => {
    const pair = storyArticles([
      {
        outlet: 'Fenwick Gazette',
        published: '2034-06-12',
        text: 'Hail damaged the roofs of Dunmore on Sunday, insurers said.',
      },
      {
        outlet: 'Marlow Post',
        published: '2034-06-12',
        text: 'Hail damaged the roofs of Dunmore in August 2032 as well.',
      },
    ]);
    const result = crossCheckStory({ articles: pair, sources: ownSources(pair) });
    expect(result.facts.filter((fact) => fact.sources > 1)).toEqual([]);
  });

  it('does not read an earlier event’s figure as a version of this one’s', () => {
    const result = crossCheckStory({ articles, sources: ownSources(articles) });
    expect(result.facts.filter((fact) => fact.status === 'conflicting')).toEqual([]);
    const damage = result.facts.find((fact) =>
      fact.evidence.some((evidence) => evidence.text.includes('40 million euros')),
    );
    expect(damage?.status).toBe('corroborated');
  });
});

describe('an update', () => {
  it('keeps the claims of its earlier version: the outlet reported them', () => {
    const articles = storyArticles([
      {
        outlet: 'Fenwick Gazette',
        published: '2034-06-14',
        text: 'Roofers in Dunmore began repairs on Tuesday after the hailstorm.\n\nPrevious version of this story below:\n\nThe hailstorm that struck Dunmore on Sunday damaged the roof of the town hall.',
      },
      {
        outlet: 'Marlow Post',
        published: '2034-06-12',
        text: 'A hailstorm in Dunmore on Sunday damaged the roof of the town hall.',
      },
    ]);
    const facts = crossCheckStory({ articles, sources: ownSources(articles) }).facts;
    const roof = facts.find((fact) => fact.text.includes('town hall'));
    expect(roof?.status).toBe('corroborated');
  });

  it('tells neither its marker nor what it replaced as a fact of its own', () => {
    const articles = storyArticles([
      {
        outlet: 'Fenwick Gazette',
        published: '2034-06-14',
        text: 'At least 15 people died in the Dunmore floods on Sunday.\n\nPrevious version of this story below:\n\nAt least 12 people died in the Dunmore floods on Sunday.',
      },
      {
        outlet: 'Marlow Post',
        published: '2034-06-14',
        text: 'At least 15 people died when floods struck Dunmore on Sunday.',
      },
    ]);
    const facts = crossCheckStory({ articles, sources: ownSources(articles) }).facts;
    expect(facts.map((fact) => fact.text).join(' ')).not.toMatch(/Previous version/);
    expect(facts.filter((fact) => fact.status === 'conflicting')).toEqual([]);
    expect(facts.filter((fact) => fact.sources === 1 && fact.text.includes('12 people'))).toEqual(
      [],
    );
  });
});

describe('relative clauses', () => {
  it('makes a claim of a relative clause that ends its sentence', () => {
    const claims = claimsOf(
      'The merger needs approval from the Fenwick Competition Office, which blocked a similar deal in 2030.',
    );
    expect(claims.map((claim) => claim.text)).toEqual([
      'The merger needs approval from the Fenwick Competition Office',
      'which blocked a similar deal in 2030.',
    ]);
    // The main clause is the news, whatever year its relative clause gives.
    expect(claims[0]!.timeframe).toBe('news');
  });

  it('keeps a relative clause set off inside its sentence with its main clause', () => {
    const text = 'Harrow Ports, which runs the terminal, would cut 600 jobs.';
    expect(claimsOf(text).map((claim) => claim.text)).toEqual([text]);
  });
});

describe('claims that give other years or hours', () => {
  it('confirm nothing of each other', () => {
    const articles = storyArticles([
      {
        outlet: 'Fenwick Gazette',
        published: '2034-06-12',
        text: 'The Marl footbridge, built in 1962, collapsed at 6 pm on Tuesday.',
      },
      {
        outlet: 'Valley Times',
        published: '2034-06-12',
        text: 'The Marl footbridge, built in 1926, collapsed at 9 pm on Tuesday.',
      },
    ]);
    const { facts } = crossCheckStory({ articles, sources: ownSources(articles) });
    expect(facts.filter((fact) => fact.status === 'corroborated')).toEqual([]);
  });

  it('read an hour given without a day as that hour on any day', () => {
    // Published a day apart, "at around 8 p.m." is read against each article's own date.
    const articles = storyArticles([
      {
        outlet: 'Fenwick Gazette',
        published: '2034-06-13',
        text: 'Firefighters said the warehouse blaze was brought under control at around 8 p.m.',
      },
      {
        outlet: 'Valley Times',
        published: '2034-06-12',
        text: 'The warehouse blaze was brought under control by 8 p.m. on Tuesday, firefighters said.',
      },
    ]);
    const { facts } = crossCheckStory({ articles, sources: ownSources(articles) });
    expect(facts.filter((fact) => fact.status === 'corroborated')).toHaveLength(1);
  });
});

describe('figures compared with earlier ones', () => {
  it('do not make a claim background', () => {
    const [claim] = claimsOf(
      'Turnout was 61.2 percent, up from 57.4 percent at the last council election in 2030.',
    );
    expect(claim!.timeframe).toBe('news');
    expect(claim!.dates).toEqual([]);
  });
});
