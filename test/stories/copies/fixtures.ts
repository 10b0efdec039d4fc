import { detectSections } from '../../../src/ingest/sections/detect-sections.js';
import { articleId } from '../../../src/model/article-id.js';
import type { Article } from '../../../src/model/article.js';

/** An article as a reader would give it: sections detected, id from outlet and text. */
export function article(fields: {
  text: string;
  outlet?: string | null;
  published?: string | null;
  title?: string | null;
}): Article {
  const outlet = fields.outlet ?? null;
  return {
    id: articleId(outlet, fields.text),
    source: 'test',
    url: null,
    outlet,
    title: fields.title ?? null,
    published: fields.published ?? null,
    language: 'en',
    authors: [],
    text: fields.text,
    sections: detectSections(fields.text),
  };
}

// An invented wire story: the agency, the outlets, the people and the ferry are made up.
export const WIRE = [
  'HARBOURTON, March 3 (Kestrel Wire) – Crews of the ferry operator Blue Gannet Lines walked off the job on Tuesday morning, stranding about 3,000 passengers on the island of Wrenmouth, the company said.',
  'The strike was called by the Coastal Seafarers Union after talks on rosters and overtime broke down late on Monday. The union wants a cap of twelve hours on any shift and a new rest rule for crews on the night crossing.',
  '“We have asked for this for two years and we were ignored,” said Edda Marlowe, the union secretary, speaking outside the terminal.',
  'Blue Gannet Lines said it had offered a rise of four percent and a review of rosters by the summer, and called the stoppage unnecessary.',
  'The port authority said freight lorries were queuing for two kilometres on the approach road and that perishable goods would be moved by the night cargo service if the strike went on.',
  'The last strike at Blue Gannet Lines, in 2029, lasted six days and cost the company an estimated nine million in lost fares, according to its annual report.',
];

/** The wire story as another outlet runs it: its own dateline, one sentence reworded, straight quotes, its own credit. */
export const WIRE_EDITED = [
  'HARBOURTON (Kestrel Wire) - Crews of the ferry operator Blue Gannet Lines walked off the job on Tuesday morning, stranding about 3,000 passengers on the island of Wrenmouth, the company said.',
  'The strike was called by the Coastal Seafarers Union after talks on rosters and overtime broke down late on Monday. The union wants a cap of twelve hours on any shift and a new rest rule for crews on the night crossing.',
  '"We have asked for this for two years and we were ignored," said Edda Marlowe, the union secretary, speaking outside the terminal.',
  'The company, which runs six ferries to the island, said it had put forward a four percent raise and promised to look again at rosters before the summer.',
  'The port authority said freight lorries were queuing for two kilometres on the approach road and that perishable goods would be moved by the night cargo service if the strike went on.',
  'The last strike at Blue Gannet Lines, in 2029, lasted six days and cost the company an estimated nine million in lost fares, according to its annual report.',
  'Source: Kestrel Wire News Agency',
];

/** The same event reported independently by a local paper. */
export const INDEPENDENT = [
  'WRENMOUTH — Shops on the island ran short of milk and bread by Tuesday afternoon as a strike by ferry crews cut the only regular link to the mainland.',
  'Queues formed outside the two supermarkets in the harbour village, and the island council opened its chamber to stranded day visitors.',
  '“People are calm, but another day of this and the old folk will struggle,” said councillor Bram Tedley, who runs the village shop.',
  'Blue Gannet Lines, the ferry operator, has offered its crews a four percent rise; the Coastal Seafarers Union says shift length, not pay, is the issue.',
  'The union secretary, Edda Marlowe, told the Wrenmouth Echo that crews would stay out until the company agreed to a twelve-hour cap on shifts.',
  'A cargo boat chartered by the council is due on Wednesday with fresh food and medicine for the island pharmacy.',
];

/** The local paper's update: two new paragraphs on top of its earlier story. */
export const INDEPENDENT_UPDATE = [
  'WRENMOUTH — The ferry strike ended on Wednesday evening after Blue Gannet Lines agreed to a twelve-hour cap on shifts, the Coastal Seafarers Union said.',
  'The first crossing is due to leave the harbour at six on Thursday morning, and the council said its chartered cargo boat had already landed food and medicine.',
  ...INDEPENDENT,
];

export const paragraphs = (lines: string[]) => lines.join('\n\n');
