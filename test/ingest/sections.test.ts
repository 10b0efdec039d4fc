import { describe, expect, it } from 'vitest';
import { detectSections } from '../../src/ingest/sections/detect-sections.js';

const slice = (text: string, span: { start: number; end: number }) =>
  text.slice(span.start, span.end);

describe('detectSections', () => {
  it('splits an update from the earlier version kept below a marker line', () => {
    const text = [
      'PORTO — The ferry strike ended on Friday.',
      'PREVIOUS VERSION OF STORY BELOW',
      'PORTO — Ferry crews stopped work on Wednesday.',
    ].join('\n\n');
    const { versions } = detectSections(text);
    expect(versions).toHaveLength(2);
    expect(slice(text, versions[0]!)).toBe('PORTO — The ferry strike ended on Friday.');
    expect(slice(text, versions[1]!)).toBe('PORTO — Ferry crews stopped work on Wednesday.');
    expect(slice(text, versions[1]!.marker!)).toBe('PREVIOUS VERSION OF STORY BELOW');
  });

  it.each([
    'Earlier version:',
    'This story has been updated.',
    'Previous version of this story below:',
    '— Original story follows —',
  ])('knows the marker %s', (marker) => {
    const text = `New text about the talks.\n\n${marker}\n\nOld text about the talks.`;
    expect(detectSections(text).versions).toHaveLength(2);
  });

  it('does not take a sentence that mentions an earlier version for a marker', () => {
    const text =
      'The minister said the previous version of the bill was unfair to dock workers and would be withdrawn.\n\nMore text.';
    expect(detectSections(text).versions).toHaveLength(1);
  });

  it('records credit lines at the end of each version, not as content', () => {
    const text = [
      'Talks resumed on Monday.',
      'Ana Reis reported from Porto.',
      'Additional reporting by Tomás Lee in Madrid.',
      'Earlier version:',
      'Talks stalled.',
      'Kim Ji-woo contributed to this report.',
    ].join('\n\n');
    const { credits } = detectSections(text);
    expect(credits.map((c) => slice(text, c))).toEqual([
      'Ana Reis reported from Porto.',
      'Additional reporting by Tomás Lee in Madrid.',
      'Kim Ji-woo contributed to this report.',
    ]);
  });

  it('keeps a closing paragraph that merely contains a credit word', () => {
    const text =
      'Dockers struck.\n\nThe union said members contributed to a hardship fund, which will pay them during the strike.';
    expect(detectSections(text).credits).toEqual([]);
  });

  it('never calls the only paragraph a credit', () => {
    expect(detectSections('Reporting by Ana Reis.').credits).toEqual([]);
  });
});

describe('wire credits', () => {
  it('records an agency source line and an editing credit in parentheses', () => {
    const text =
      'Fire crews fought the blaze.\n\n(Reporting by Lee Min-ho in Incheon; Editing by Clara Voss)\n\nSource: Meridian Press Agency';
    expect(detectSections(text).credits.map((c) => text.slice(c.start, c.end))).toEqual([
      '(Reporting by Lee Min-ho in Incheon; Editing by Clara Voss)',
      'Source: Meridian Press Agency',
    ]);
  });
});
