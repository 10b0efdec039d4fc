import type { Evidence } from '../../src/crosscheck/cross-check.js';
import type { ArticleRecord, StoryRecord } from '../../src/report/analysis-document.js';

export const SCRIPT = '<script>alert("text")</script>';
export const HANDLER = '<img src=x onerror=alert("handler")>';
export const LINK = '<a href="javascript:alert(\'link\')">click</a>';

function article(id: string, fields: Partial<ArticleRecord> & { text: string }): ArticleRecord {
  return {
    id,
    source: `examples/${id.slice(-1)}.txt`,
    url: `https://news.example/${id.slice(-1)}`,
    outlet: null,
    title: null,
    published: '2031-04-02',
    language: 'en',
    authors: [],
    sections: { versions: [{ start: 0, end: fields.text.length, marker: null }], credits: [] },
    ...fields,
  };
}

export const A1 = 'a00000000000000a';
export const A2 = 'a00000000000000b';
export const A3 = 'a00000000000000c';

/** Three articles: a1 and its wire copy a2 (one source), and a3, whose every field is hostile. */
export const ARTICLES: ArticleRecord[] = [
  article(A1, {
    outlet: 'Tagus Courier',
    title: 'Dockers strike in Lisbon',
    text: 'Dock workers walked out on Tuesday. Twelve people died in the crush.\n\n"We stay out until the offer improves," said Ana Duarte.',
  }),
  article(A2, {
    outlet: 'Harbourline',
    title: 'Lisbon dock strike',
    text: 'Dock workers walked out on Tuesday. Twelve people died in the crush.',
  }),
  article(A3, {
    outlet: '<b onmouseover=alert("outlet")>Harbour</b>',
    title: '"><script>alert("title")</script>',
    url: "javascript:alert('url')",
    authors: ['<img src=x onerror=alert("author")>'],
    text: `Dockers left work on Tuesday, 1 April. Fifteen people were killed. Ana Duarte said the strike would go on until the offer improved. Some said ${SCRIPT} and ${HANDLER} then ${LINK}.`,
  }),
];

/** The words of an article as evidence. */
export function evidence(articleId: string, words: string): Evidence {
  const text = ARTICLES.find((a) => a.id === articleId)!.text;
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in ${articleId}`);
  return { article: articleId, start, end: start + words.length, text: words };
}

const walkedOut = [
  evidence(A1, 'Dock workers walked out on Tuesday.'),
  evidence(A2, 'Dock workers walked out on Tuesday.'),
  evidence(A3, 'Dockers left work on Tuesday, 1 April.'),
];
const twelve = [
  evidence(A1, 'Twelve people died in the crush.'),
  evidence(A2, 'Twelve people died in the crush.'),
];
const fifteen = [evidence(A3, 'Fifteen people were killed.')];
const hostile = [evidence(A3, `Some said ${SCRIPT} and ${HANDLER} then ${LINK}.`)];

/** A story with a hand-made cross-check: one fact of each verdict, a statement, a timeline, a summary. */
export const STORY: StoryRecord = {
  id: 's0123456789',
  title: 'Dockers strike in Lisbon',
  first: '2031-04-02',
  last: '2031-04-02',
  articles: [A1, A2, A3],
  sources: 2,
  copies: [{ article: A2, of: A1, similarity: 0.93 }],
  updates: [],
  origins: [
    { articles: [A1, A2], origin: 'Tagus Courier' },
    { articles: [A3], origin: null },
  ],
  notes: [],
  facts: [
    {
      id: 'f-walkout',
      status: 'corroborated',
      text: 'Dock workers walked out on Tuesday.',
      sources: 2,
      articles: [A1, A2, A3],
      evidence: walkedOut,
      attribution: null,
      hedged: false,
      date: '2031-04-01',
    },
    {
      id: 'f-dead',
      status: 'conflicting',
      text: 'Twelve people died in the crush.',
      sources: 2,
      articles: [A1, A2, A3],
      evidence: [...twelve, ...fifteen],
      versions: [
        { about: 'figure', text: '12 dead', sources: 1, articles: [A1, A2], evidence: twelve },
        {
          about: 'figure',
          text: `15 dead ${SCRIPT}`,
          sources: 1,
          articles: [A3],
          evidence: fifteen,
        },
      ],
      attribution: null,
      hedged: false,
      date: null,
    },
    {
      id: 'f-hostile',
      status: 'single-source',
      text: hostile[0]!.text,
      sources: 1,
      articles: [A3],
      evidence: hostile,
      attribution: { speaker: `<svg onload=alert("speaker")>`, cue: 'said' },
      hedged: true,
      date: null,
      unconfirmed: ['the night shift', `<img src=x onerror=alert("only")>`],
    },
  ],
  statements: [
    {
      id: 's-duarte',
      speaker: 'Ana Duarte',
      descriptor: `union leader ${HANDLER}`,
      sources: 2,
      quotes: ['q1', 'q3'],
      wordings: [
        {
          quote: 'q1',
          ...evidence(A1, 'We stay out until the offer improves,'),
          kind: 'direct',
        },
        {
          quote: 'q3',
          ...evidence(A3, 'the strike would go on until the offer improved'),
          kind: 'indirect',
        },
      ],
    },
  ],
  timeline: [
    {
      date: '2031-04-01',
      text: 'Dock workers walked out.',
      fact: 'f-walkout',
      status: 'corroborated',
      sources: 2,
      evidence: walkedOut,
    },
  ],
  summary: [
    {
      text: 'Dock workers walked out on Tuesday.',
      fact: 'f-walkout',
      status: 'corroborated',
      sources: 2,
      evidence: walkedOut,
    },
    {
      text: 'Reports of the dead range from twelve to fifteen.',
      fact: 'f-dead',
      status: 'conflicting',
      sources: 2,
      evidence: [...twelve, ...fifteen],
    },
  ],
};
