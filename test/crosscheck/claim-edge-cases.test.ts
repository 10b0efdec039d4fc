import { describe, expect, it } from 'vitest';
import { textLayer } from '../../src/analyze/text/text-layer.js';
import { buildClaims } from '../../src/crosscheck/claims/build-claims.js';
import { factsOf, storyArticles } from './invented-reports.js';

/** Two invented reports of one day, by two outlets. */
const pair = (first: string, second: string, published = '2034-05-10') =>
  factsOf([
    { outlet: 'Holm Courier', published, text: first },
    { outlet: 'Sound Gazette', published, text: second },
  ]);

const statuses = (first: string, second: string) =>
  pair(first, second)
    .map((fact) => fact.status)
    .sort();

const sentencesOf = (text: string) =>
  textLayer(text).sentences.map((sentence) => text.slice(sentence.start, sentence.end));

describe('claims alike but in their verbs', () => {
  it('do not confirm each other: the verb is what they say', () => {
    expect(
      statuses(
        'The Holm council approved the bridge repairs.',
        'The Holm council rejected the bridge repairs.',
      ),
    ).not.toContain('corroborated');
  });
});

describe('dates after a comparison', () => {
  it('stay the claim’s own when nothing is compared with them ("more than 300 … in 1998")', () => {
    const [item] = storyArticles([
      {
        outlet: 'Holm Courier',
        published: '2034-05-10',
        text: 'More than 300 people died when the Orrick dam burst in 1998.',
      },
    ]);
    const [claim] = buildClaims(item!, textLayer(item!.article.text), 0, 0);
    expect(claim!.timeframe).toBe('background');
  });
});

describe('running counts', () => {
  it('are not what someone now says: two counts of one day still conflict', () => {
    const facts = pair(
      'Police now say the gunman fired 30 shots during the attack on Tuesday.',
      'Police say the gunman fired 12 shots during the attack on Tuesday.',
    );
    expect(facts.some((fact) => fact.status === 'conflicting')).toBe(true);
  });
});

describe('clauses set off by commas', () => {
  it('leave a sentence in the past of the background', () => {
    expect(
      statuses(
        'A fire at the Orrick plant, which happened in 2019, killed two workers, officials said.',
        'The fire at the Orrick plant killed five workers, officials said.',
      ),
    ).not.toContain('conflicting');
  });
});

describe('happenings told by "occurred"', () => {
  it('are the subject’s, and a second one is one more', () => {
    expect(
      statuses(
        'The first explosion at the Holm refinery happened at about 2.40 a.m., police said.',
        'A second explosion at the Holm refinery occurred at 4.15 a.m., police said.',
      ),
    ).not.toContain('conflicting');
    expect(
      statuses(
        'The explosion at the Holm refinery happened at about 2.40 a.m., police said.',
        'The fire at the Holm refinery happened at 5 a.m., three hours after the explosion, police said.',
      ),
    ).not.toContain('conflicting');
  });
});

describe('approximate times to the minute', () => {
  it('meet where both may be ("about 6.20" and "around 6.40"), not half an hour apart', () => {
    const capsized = (time: string) =>
      `The ferry Ashby Star capsized in the Holm Sound at ${time} p.m. on Tuesday, the coastguard said.`;
    expect(statuses(capsized('about 6.20'), capsized('around 6.40'))).not.toContain('conflicting');
    expect(statuses(capsized('about 5.50'), capsized('around 6.40'))).toContain('conflicting');
  });
});

describe('sentences around times of day', () => {
  it('do not end at "a.m." before a time zone or an abbreviated month', () => {
    expect(sentencesOf('The talks began at 9 a.m. Moscow time, officials said.')).toHaveLength(1);
    expect(
      sentencesOf('He will appear in court at 9 a.m. Jan. 15, prosecutors said.'),
    ).toHaveLength(1);
  });

  it('end at "4.15am." before the next sentence', () => {
    expect(sentencesOf('The ferry sank at 4.15am. Three people died, police said.')).toEqual([
      'The ferry sank at 4.15am.',
      'Three people died, police said.',
    ]);
  });
});
