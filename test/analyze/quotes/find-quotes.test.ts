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
    // "and called for a vote" is a second act, not part of what she said.
    expect(indirect?.text).toBe('the offer was "a betrayal of dock workers"');
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

describe('indirect quotes', () => {
  function indirect(text: string): Quote[] {
    return quotes(text).filter((q) => q.kind === 'indirect');
  }

  it.each([
    [
      'By Thursday 23 vessels were anchored off Lisbon, the port authority said.',
      'By Thursday 23 vessels were anchored off Lisbon',
      'port authority',
      'the port authority',
    ],
    [
      'The gates at Alcântara stayed shut all week, police said on Monday.',
      'The gates at Alcântara stayed shut all week',
      'police',
      'police',
    ],
    [
      'At least eight vessels were berthed on the first day, according to port agents.',
      'At least eight vessels were berthed on the first day',
      'port agents',
      'port agents',
    ],
    [
      'A ministry spokesman said the minister’s position had not changed.',
      'the minister’s position had not changed',
      'ministry spokesman',
      'A ministry spokesman',
    ],
  ])('attributes to a body named only by a noun phrase: %s', (text, content, name, descriptor) => {
    const [q] = indirect(text);
    expect(q?.text).toBe(content);
    expect(q?.speaker?.entity).toBeNull();
    expect(q?.speaker?.name).toBe(name);
    expect(q?.speaker?.descriptor).toBe(descriptor);
  });

  it('ends the content at the comma before a second clause', () => {
    const text =
      'By Thursday 23 vessels were anchored off Lisbon, the port authority said, and two shipping lines had begun diverting cargo to Sines.';
    expect(indirect(text).map((q) => q.text)).toEqual([
      'By Thursday 23 vessels were anchored off Lisbon',
    ]);
  });

  it('splits content around a parenthetical attribution', () => {
    const text = 'The stoppage, the union said, will go on until the end of June.';
    const list = indirect(text);
    expect(list.map((q) => q.text)).toEqual(['The stoppage', 'will go on until the end of June']);
    expect(list[0]?.cueSpan).toEqual(list[1]?.cueSpan);
    expect(list[0]?.speaker?.name).toBe('union');
  });

  it.each([
    [
      'The Tagus Dockworkers’ Union said on Tuesday it would extend the stoppage.',
      'it would extend the stoppage',
      'said',
    ],
    [
      'Ana Duarte told reporters the offer from the operators was late.',
      'the offer from the operators was late',
      'told',
    ],
    [
      'Pieter van Dijk has said the operators would not improve their offer.',
      'the operators would not improve their offer',
      'said',
    ],
    [
      'Pieter van Dijk was quoted by a Lisbon radio station as saying the offer was final.',
      'the offer was final',
      'quoted by a Lisbon radio station as saying',
    ],
    [
      'Pieter van Dijk, who runs two of the three terminals, said the offer was final.',
      'the offer was final',
      'said',
    ],
    [
      'Manuel Teixeira, 67, who has run a grocery on the quay since 2009, said he had lost his stock.',
      'he had lost his stock',
      'said',
    ],
  ])('mid-sentence attribution: %s', (text, content, cue) => {
    const [q] = indirect(text);
    expect(q?.text).toBe(content);
    expect(q?.cue).toBe(cue);
    expect(q?.speaker?.entity).not.toBeNull();
  });

  it('takes the subject of a relative clause and stops at its comma', () => {
    const text =
      'The Levante Port Workers’ Federation, which says 2,300 of its members are taking part, walked out on Monday.';
    const [q] = indirect(text);
    expect(q?.text).toBe('2,300 of its members are taking part');
    expect(q?.speaker?.name).toBe('Levante Port Workers’ Federation');
  });

  it('finds two attributions in one sentence, each with its own speaker', () => {
    const text =
      'The stoppage entered its second day, with the union saying 1,500 workers had joined and the government insisting it would not be pushed into a deal.';
    const list = indirect(text);
    expect(list.map((q) => q.text)).toEqual([
      '1,500 workers had joined',
      'it would not be pushed into a deal',
    ]);
    expect(list.map((q) => q.speaker?.name)).toEqual(['union', 'government']);
  });

  it('stops before "and added that" and keeps the speaker for the second cue', () => {
    const text = 'Ana Duarte said the offer was late, and added that the union would not sign.';
    const list = indirect(text);
    expect(list.map((q) => [q.text, q.cue, q.speaker?.name])).toEqual([
      ['the offer was late', 'said', 'Ana Duarte'],
      ['the union would not sign', 'added', 'Ana Duarte'],
    ]);
  });

  it('gives a clause after ";" and "and says" the subject of its own clause', () => {
    const text =
      'The federation says the plan threatens 600 jobs; the company puts the figure at 350 and says all of them will be offered other roles.';
    const list = indirect(text);
    expect(list.map((q) => q.speaker?.name)).toEqual(['federation', 'company']);
    expect(list[1]?.text).toBe('all of them will be offered other roles');
  });

  it.each([
    ['The ministry announced the port would reopen on Friday.', 'announced'],
    ['Police confirmed that three people had been arrested near the gates.', 'confirmed'],
    ['The Shippers’ Council estimates that 400 containers are trapped on the quays.', 'estimates'],
    ['Hauliers warned that the queues would grow by the weekend.', 'warned'],
    ['The operators denied that any worker had been dismissed.', 'denied'],
  ])('takes news reporting verbs as cues: %s', (text, cue) => {
    const [q] = indirect(text);
    expect(q?.cue).toBe(cue);
    expect(q?.speaker).not.toBeNull();
  });

  it('does not read circumstances after a direct quote as content', () => {
    const text = '“We will not move,” Ana Duarte said in an interview before the vote.';
    expect(indirect(text)).toEqual([]);
  });

  it.each([
    'The harbour master was charged with negligence after the collision.',
    'Freight volumes continue to fall at the northern terminals.',
    'A spokesman for the operators did not respond to a request for comment.',
    'The so-called self-described reformers met on Monday.',
  ])('reports nothing for %s', (text) => {
    expect(indirect(text)).toEqual([]);
  });

  it('reads the main clause after a subordinate clause and a parenthetical cue', () => {
    const text =
      'When the pumps finally started, the engineer said, the water had already reached the archive.';
    const list = indirect(text);
    expect(list.map((q) => q.text)).toEqual([
      'When the pumps finally started',
      'the water had already reached the archive',
    ]);
  });

  it('joins a sentence the splitter broke after an abbreviation', () => {
    const text = 'Rep. Lia Monteiro (D-N.Y.) said the harbour fund would double next year.';
    const [q] = indirect(text);
    expect(q?.text).toBe('the harbour fund would double next year');
    expect(q?.speaker?.name).toBe('Lia Monteiro');
  });

  it('keeps reported content within its paragraph', () => {
    const text =
      'Ferry Chief Says Crossings Will Resume\n\nThe ferry company said crossings to Barreiro would resume on Friday.';
    const list = indirect(text);
    // The headline is its own attribution; neither runs over the paragraph break.
    expect(list.map((q) => q.text)).toEqual([
      'Crossings Will Resume',
      'crossings to Barreiro would resume on Friday',
    ]);
  });

  it('reads every word after "according to" as the source', () => {
    const text = 'The pilot had flown for the airline since 2019, according to his online profile.';
    const [q] = indirect(text);
    expect(q?.text).toBe('The pilot had flown for the airline since 2019');
    expect(q?.speaker?.descriptor).toBe('his online profile');
  });

  it('gives a statement "saying ..." to the one who issued it', () => {
    const [q] = indirect('The ministry issued a statement saying the port would reopen on Friday.');
    expect(q?.text).toBe('the port would reopen on Friday');
    expect(q?.speaker?.name).toBe('ministry');
  });

  it('takes the subject of a participle clause that opens with a noun phrase', () => {
    const text = 'Shipping lines have resisted the checks, arguing that they would slow cargo.';
    const [q] = indirect(text);
    expect(q?.text).toBe('they would slow cargo');
    expect(q?.speaker?.name).toBe('Shipping lines');
  });
});

describe('partial quotes', () => {
  it.each([
    ['Catarina Vilaça called the offer “late and short”.', 'late and short', 'Catarina Vilaça'],
    [
      'Pieter van Dijk said the deal gave the port ‘two years of peace’, while the union’s leader, Ana Duarte, said members had “won back what inflation took.”',
      'two years of peace',
      'Pieter van Dijk',
    ],
    [
      'Rui Carvalho described the flooding as “a disaster for the families who live here.”',
      'a disaster for the families who live here.',
      'Rui Carvalho',
    ],
  ])('takes the speaker of the reporting clause around it: %s', (text, content, speaker) => {
    const q = quotes(text).find((x) => x.text === content);
    expect(q?.kind).toBe('partial');
    expect(q?.speaker?.name).toBe(speaker);
  });

  it('does not take "so-called" for a cue', () => {
    expect(quotes('The so-called “harbour pact” was signed on Monday.')).toEqual([]);
  });
});
