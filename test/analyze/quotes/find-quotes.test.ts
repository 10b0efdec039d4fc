import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/analyze/entities/find-entities.js';
import { pairQuoteMarks } from '../../../src/analyze/quotes/quote-marks.js';
import { findQuotes } from '../../../src/analyze/quotes/find-quotes.js';
import { paragraphsOf } from '../../../src/analyze/text/paragraphs.js';
import { textLayer } from '../../../src/analyze/text/text-layer.js';
import type { Quote } from '../../../src/model/analysis.js';

function quotes(text: string): Quote[] {
  const layer = textLayer(text);
  return findQuotes(text, layer, findEntities(text, layer));
}
function speakerText(text: string, q: Quote | undefined): string | null {
  const span = q?.speaker?.span;
  return span ? text.slice(span.start, span.end) : null;
}

describe('quote marks', () => {
  it.each([
    ['"We will stay," said Ana Duarte.', 'We will stay,'],
    ['“We will stay,” said Ana Duarte.', 'We will stay,'],
    ['‘We will stay,’ said Ana Duarte.', 'We will stay,'],
    ["''We will stay,'' said Ana Duarte.", 'We will stay,'],
    ['«We will stay», said Ana Duarte.', 'We will stay'],
    ['„We will stay“, said Ana Duarte.', 'We will stay'],
    ['“We will stay," said Ana Duarte.', 'We will stay,'],
  ])('pairs %s', (text, content) => {
    const q = quotes(text)[0];
    expect(q?.text).toBe(content);
    expect(q?.speaker?.name).toBe('Ana Duarte');
    expect(q?.cue).toBe('said');
  });

  it('does not take apostrophes for quote marks', () => {
    const text = "The workers' union said it won't stop. ‘It’s over,’ said Ana Duarte.";
    expect(
      quotes(text)
        .filter((q) => q.kind === 'direct')
        .map((q) => q.text),
    ).toEqual(['It’s over,']);
  });

  it('bounds an unclosed quote by its paragraph', () => {
    const text =
      'Ana Duarte said: "We will not move\n\nThe port stayed shut for a week after the talks. Trade fell sharply.';
    const pairs = pairQuoteMarks(text, paragraphsOf(text));
    expect(pairs).toHaveLength(1);
    expect(text.slice(pairs[0]!.contentStart, pairs[0]!.contentEnd)).toBe('We will not move');
  });

  it('survives a long article full of stray marks', () => {
    const text = `${'He said " and then ‘ it went « on '.repeat(20000)}`;
    const layer = textLayer(text);
    expect(() => findQuotes(text, layer, findEntities(text, layer))).not.toThrow();
  });
});

describe('findQuotes', () => {
  it('keeps a multi-sentence quote whole and finds the speaker after it, with the appositive', () => {
    const text = '"The offer is late. It is also too small," said Ana Duarte, a union spokeswoman.';
    const [q] = quotes(text);
    expect(q?.text).toBe('The offer is late. It is also too small,');
    expect(q?.kind).toBe('direct');
    expect(q?.speaker?.descriptor).toBe('a union spokeswoman');
  });

  it('finds the speaker before the quote', () => {
    const text = 'Tunde Okafor told reporters: “The port must reopen.”';
    const [q] = quotes(text);
    expect(q?.cue).toBe('told');
    expect(q?.speaker?.name).toBe('Tunde Okafor');
  });

  it('continues a quote over paragraphs when the next opens with a quote mark', () => {
    const text =
      '“This is the first part of a long statement,\n\n“and this is the second,” Ana Duarte said.';
    const [q] = quotes(text);
    expect(q?.text).toContain('first part');
    expect(q?.text).toContain('the second,');
    expect(q?.speaker?.name).toBe('Ana Duarte');
  });

  it('resolves pronouns and carries the speaker to a bare quote paragraph', () => {
    const text =
      'Ms Ana Duarte met Tunde Okafor at the port on Monday.\n\n"Nobody will leave," she said.\n\n"We stay until the offer changes."';
    const list = quotes(text);
    expect(list.map((q) => q.speaker?.name)).toEqual(['Ana Duarte', 'Ana Duarte']);
    expect(speakerText(text, list[0])).toBe('she');
  });

  it('finds partial and indirect quotes', () => {
    const text =
      'Ana Duarte said the offer was "a betrayal of dock workers" and called for a vote.';
    const list = quotes(text);
    const partial = list.find((q) => q.kind === 'partial');
    const indirect = list.find((q) => q.kind === 'indirect');
    expect(partial?.text).toBe('a betrayal of dock workers');
    expect(indirect?.text).toBe('the offer was "a betrayal of dock workers" and called for a vote');
    expect(indirect?.speaker?.name).toBe('Ana Duarte');
  });

  it.each([
    [
      'Ana Duarte said that the strike would end on Friday.',
      'the strike would end on Friday',
      'said',
    ],
    ['The strike will end on Friday, Ana Duarte said.', 'The strike will end on Friday', 'said'],
    [
      'The strike will end on Friday, according to the Portuguese Press Agency.',
      'The strike will end on Friday',
      'according to',
    ],
    [
      'Ana Duarte told reporters the strike would end on Friday.',
      'the strike would end on Friday',
      'told',
    ],
    [
      'Ana Duarte was quoted as saying the strike would end on Friday.',
      'the strike would end on Friday',
      'quoted as saying',
    ],
    ['Ana Duarte warned that the strike would end badly.', 'the strike would end badly', 'warned'],
  ])('indirect: %s', (text, content, cue) => {
    const q = quotes(text).find((x) => x.kind === 'indirect');
    expect(q?.text).toBe(content);
    expect(q?.cue).toBe(cue);
    expect(q?.speaker?.entity).not.toBeNull();
  });

  it('drops scare quotes nobody says', () => {
    expect(quotes('The so-called "peace plan" was published on Monday.')).toEqual([]);
  });
});

describe('speaker attribution', () => {
  function speakerOf(text: string, start: string): string | null {
    const q = quotes(text).find((x) => x.text.startsWith(start));
    return speakerText(text, q);
  }

  it.each([
    ['“The council has failed us again.” ― Lucia Ferraz', 'The council', 'Lucia Ferraz'],
    [
      'Residents were divided. “We will not forget this winter,” ― Tomas Reyes\n“It was the worst in years.” ― Hana Kato',
      'It was the worst',
      'Hana Kato',
    ],
    [
      'As Karen Holt, a lawyer in Leeds, recently put it, “Nobody here trusts the process any more.”',
      'Nobody here',
      'Karen Holt',
    ],
    [
      'The result did not surprise the pollster Dana Shaw: “Candidates always rise late in the race.”',
      'Candidates always',
      'Dana Shaw',
    ],
    [
      'Paul Weber offered a warning: “Turnout will collapse if this goes on.”',
      'Turnout will',
      'Paul Weber',
    ],
    [
      'Greta Lang’s response: “We have heard all this before and it changes nothing.”',
      'We have heard',
      'Greta Lang',
    ],
    [
      'Carla Weaver was not impressed, telling reporters, “A lot of people wanted the mayor to go.”',
      'A lot of people',
      'Carla Weaver',
    ],
    [
      '“He deserved it,” the driver, Omar Haddad, told the local radio station.',
      'He deserved it',
      'Omar Haddad',
    ],
    [
      '"We cannot allow this," Rep. Joan Mills (D-Ore.) said. "It ends today."',
      'We cannot allow',
      'Joan Mills',
    ],
    [
      '“The vote will pass,” Senate leader Brian Cole, R-Tex., said on Tuesday.',
      'The vote will pass',
      'Brian Cole',
    ],
    [
      'Ravi Menon laughed and said, “I never believed a word of the forecast.”',
      'I never believed',
      'Ravi Menon',
    ],
    [
      'The praise came from the former mayor Sofia Brandt -- “It is the best budget in a decade.”',
      'It is the best',
      'Sofia Brandt',
    ],
    [
      '“The port will reopen on Monday,” the agency said in a statement. “Repairs are finished,” it added.',
      'Repairs are',
      'it',
    ],
  ])('attributes %s', (text, start, speaker) => {
    expect(speakerOf(text, start)).toBe(speaker);
  });

  it('lets a person named between two quote paragraphs take over', () => {
    const text =
      '“The strike will go on,” said Ana Duarte.\n\nMarco Lima, who runs the port, disagreed with her.\n\n“We will have the ships moving again within a week, whatever the union says.”';
    const q = quotes(text).find((x) => x.text.startsWith('We will have'));
    expect(q?.speaker?.name).toBe('Marco Lima');
  });

  it('keeps the speaker for a quote paragraph that follows directly', () => {
    const text =
      '“The strike will go on,” said Ana Duarte.\n\n“Nobody goes back until the contract is signed by the port authority.”';
    const q = quotes(text).find((x) => x.text.startsWith('Nobody'));
    expect(q?.speaker?.name).toBe('Ana Duarte');
  });

  it('resolves he and she by the given name', () => {
    const text =
      'Maria Costa met Jorge Pinto at the harbour on Monday. “We reached no agreement,” she said. “The talks will resume,” he added.';
    const list = quotes(text);
    expect(list.find((q) => q.text.startsWith('We reached'))?.speaker?.name).toBe('Maria Costa');
    expect(list.find((q) => q.text.startsWith('The talks'))?.speaker?.name).toBe('Jorge Pinto');
  });
});
