/** JSON Schemas of the API: they validate requests, shape responses and make /openapi.json. */

const nullableString = { type: ['string', 'null'] } as const;
const span = {
  type: 'object',
  properties: { start: { type: 'integer' }, end: { type: 'integer' } },
  required: ['start', 'end'],
} as const;

/** The `:id` of an article or a story: the id or an unambiguous prefix. */
export const idParamsSchema = {
  type: 'object',
  properties: {
    id: {
      type: 'string',
      minLength: 4,
      maxLength: 100,
      description: 'Id, or an unambiguous prefix of at least 4 characters.',
    },
  },
  required: ['id'],
} as const;

export const errorSchema = {
  type: 'object',
  properties: { error: { type: 'string' } },
  required: ['error'],
} as const;

export const articleSummarySchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    outlet: nullableString,
    title: nullableString,
    published: nullableString,
    url: nullableString,
    source: { type: 'string' },
    snippet: {
      type: 'string',
      description:
        'The opening words, or the matching passage of a search with matches in [brackets].',
    },
  },
  required: ['id', 'outlet', 'title', 'published', 'url', 'source', 'snippet'],
} as const;

export const articleSchema = {
  type: 'object',
  description:
    'An article as read; every span is [start, end) JavaScript string offsets into text.',
  properties: {
    id: { type: 'string' },
    source: { type: 'string' },
    url: nullableString,
    outlet: nullableString,
    title: nullableString,
    published: nullableString,
    language: nullableString,
    authors: { type: 'array', items: { type: 'string' } },
    text: { type: 'string' },
    sections: {
      type: 'object',
      properties: {
        versions: { type: 'array', items: { type: 'object', additionalProperties: true } },
        credits: { type: 'array', items: span },
      },
    },
  },
  required: [
    'id',
    'source',
    'url',
    'outlet',
    'title',
    'published',
    'language',
    'authors',
    'text',
    'sections',
  ],
} as const;

const layer = (description: string) =>
  ({ type: 'array', description, items: { type: 'object', additionalProperties: true } }) as const;

export const analysisSchema = {
  type: ['object', 'null'],
  description: 'Every annotation layer of the article, or null when it was stored without one.',
  additionalProperties: true,
  properties: {
    sentences: { type: 'array', items: span },
    entities: layer('people, bodies and places: id, name, type, aliases, descriptors, mentions'),
    quotes: layer('start, end, text, kind (direct | partial | indirect), cue, cueSpan, speaker'),
    times: layer('start, end, text, value (ISO 8601 at its own granularity), reference'),
    durations: layer('start, end, text, value (ISO 8601 duration)'),
    quantities: layer('start, end, text, value, unit, approximate'),
    notes: { type: 'array', items: { type: 'string' } },
  },
} as const;

export const outletSchema = {
  type: 'object',
  properties: { outlet: { type: 'string' }, articles: { type: 'integer' } },
  required: ['outlet', 'articles'],
} as const;

const entityProperties = {
  key: { type: 'string', description: "The analysis document's entity id: from type and name." },
  name: { type: 'string' },
  type: { type: 'string', enum: ['person', 'organization', 'place'] },
  articles: { type: 'integer' },
  quotes: { type: 'integer' },
} as const;

export const entitySummarySchema = {
  type: 'object',
  properties: entityProperties,
  required: ['key', 'name', 'type', 'articles', 'quotes'],
} as const;

export const entityDetailSchema = {
  type: 'object',
  properties: {
    ...entityProperties,
    aliases: { type: 'array', items: { type: 'string' } },
    descriptors: { type: 'array', items: { type: 'string' } },
  },
  required: ['key', 'name', 'type', 'articles', 'quotes', 'aliases', 'descriptors'],
} as const;

export const jobSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    status: { type: 'string', enum: ['queued', 'running', 'done', 'failed'] },
    submitted: { type: 'string' },
    started: nullableString,
    finished: nullableString,
    read: { type: 'integer' },
    new: { type: 'integer' },
    duplicate: { type: 'integer' },
    failed: { type: 'integer' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { input: { type: 'string' }, reason: { type: 'string' } },
        required: ['input', 'reason'],
      },
    },
    error: nullableString,
  },
  required: [
    'id',
    'status',
    'submitted',
    'started',
    'finished',
    'read',
    'new',
    'duplicate',
    'failed',
    'errors',
    'error',
  ],
} as const;

/** The envelope of every list: a page of items and how many there are in all. */
export function pageOf(items: object) {
  return {
    type: 'object',
    properties: {
      total: { type: 'integer' },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
      items: { type: 'array', items },
    },
    required: ['total', 'limit', 'offset', 'items'],
  } as const;
}

export const MAX_PAGE = 200;

export const pageQuery = {
  limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 50 },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
} as const;

/** A day, month or year; empty means no filter, as a form's untouched date field sends. */
export const isoDate = {
  type: 'string',
  pattern: '^(\\d{4}(-\\d{2}(-\\d{2})?)?)?$',
  maxLength: 10,
} as const;

/** Responses every route may give besides its own. */
export const errorResponses = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
} as const;

const storySummaryProperties = {
  id: { type: 'string' },
  title: { type: 'string', description: "The title of one of the story's articles." },
  first: { ...nullableString, description: "The earliest article's publication date." },
  last: { ...nullableString, description: "The latest article's publication date." },
  articles: { type: 'integer', description: 'Number of articles.' },
  sources: {
    type: 'integer',
    description: 'Number of independent sources: copies and updates count with their original.',
  },
} as const;

export const storySummarySchema = {
  type: 'object',
  properties: storySummaryProperties,
  required: ['id', 'title', 'first', 'last', 'articles', 'sources'],
} as const;

export const storyPageSchema = {
  type: 'object',
  properties: {
    total: {
      type: 'integer',
      description: 'How many stories match; a filtered list counts no further than 1000.',
    },
    totalCapped: {
      type: 'boolean',
      description: 'More stories match than `total` says (the count stopped at its cap).',
    },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    items: { type: 'array', items: storySummarySchema },
  },
  required: ['total', 'totalCapped', 'limit', 'offset', 'items'],
} as const;

const copyLinkSchema = {
  type: 'object',
  properties: {
    article: { type: 'string' },
    of: { type: 'string', description: 'The article it copies or updates.' },
    similarity: { type: 'number' },
  },
  required: ['article', 'of', 'similarity'],
} as const;

const storyArticleSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    outlet: nullableString,
    title: nullableString,
    published: nullableString,
    url: nullableString,
    copyOf: { ...nullableString, description: 'The article this one is a copy of.' },
    updateOf: { ...nullableString, description: 'The article this one updates.' },
  },
  required: ['id', 'outlet', 'title', 'published', 'url', 'copyOf', 'updateOf'],
} as const;

export const storyDetailSchema = {
  type: 'object',
  properties: {
    story: {
      type: 'object',
      properties: {
        ...storySummaryProperties,
        titleArticle: { type: 'string', description: 'The article the title comes from.' },
      },
      required: [...storySummarySchema.required, 'titleArticle'],
    },
    limit: {
      type: 'integer',
      description: "How many of the story's articles this page holds at most.",
    },
    offset: { type: 'integer', description: 'How many articles, in source order, come before.' },
    sources: {
      type: 'array',
      description:
        "The page's articles grouped by independent source, first reported first; a source may run over pages.",
      items: {
        type: 'object',
        properties: {
          index: { type: 'integer', description: "The source's place in the story, from 0." },
          origin: {
            ...nullableString,
            description:
              "Where the reporting came from: a named agency, else the original's outlet.",
          },
          agency: nullableString,
          original: {
            type: 'string',
            description: 'The earliest copy or version; it may lie outside the story.',
          },
          originalInStory: {
            type: 'boolean',
            description: "Whether the original is one of the story's articles.",
          },
          articles: { type: 'array', items: storyArticleSchema },
        },
        required: ['index', 'origin', 'agency', 'original', 'originalInStory', 'articles'],
      },
    },
    copies: { type: 'array', description: "The page's copies.", items: copyLinkSchema },
    updates: { type: 'array', description: "The page's updates.", items: copyLinkSchema },
    notes: {
      type: 'array',
      description: "The page's articles the clustering had something to say about.",
      items: {
        type: 'object',
        properties: {
          article: { type: 'string' },
          reason: { type: 'string' },
          notes: { type: 'array', items: { type: 'string' } },
        },
        required: ['article', 'reason', 'notes'],
      },
    },
    report: {
      type: 'string',
      description:
        "Where the story's cross-checked report is (facts by source, statements, timeline, summary).",
    },
  },
  required: ['story', 'limit', 'offset', 'sources', 'copies', 'updates', 'notes', 'report'],
} as const;

const evidenceSchema = {
  type: 'object',
  description: 'The exact words of one article: `[start, end)` offsets into its text.',
  properties: {
    article: { type: 'string' },
    start: { type: 'integer' },
    end: { type: 'integer' },
    text: { type: 'string' },
  },
  required: ['article', 'start', 'end', 'text'],
} as const;

const factStatus = {
  type: 'string',
  enum: ['corroborated', 'single-source', 'conflicting'],
} as const;
const evidenceList = { type: 'array', items: evidenceSchema } as const;
const idList = { type: 'array', items: { type: 'string' } } as const;

const factSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    status: factStatus,
    text: { type: 'string' },
    sources: { type: 'integer', description: 'Independent sources (copies count once).' },
    articles: idList,
    evidence: evidenceList,
    versions: {
      type: 'array',
      description: 'For a conflicting fact: each incompatible version with its sources.',
      items: {
        type: 'object',
        properties: {
          about: { type: 'string', enum: ['figure', 'place', 'date', 'time'] },
          text: { type: 'string' },
          sources: { type: 'integer' },
          articles: idList,
          evidence: evidenceList,
        },
        required: ['about', 'text', 'sources', 'articles', 'evidence'],
      },
    },
    attribution: {
      type: ['object', 'null'],
      properties: { speaker: nullableString, cue: nullableString },
      required: ['speaker', 'cue'],
    },
    hedged: { type: 'boolean' },
    date: nullableString,
    unconfirmed: {
      type: 'array',
      description:
        'For a single-source fact whose sentence other sources confirm in part: what of it no other source gives.',
      items: { type: 'string' },
    },
  },
  required: [
    'id',
    'status',
    'text',
    'sources',
    'articles',
    'evidence',
    'attribution',
    'hedged',
    'date',
  ],
} as const;

const statementSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    speaker: { type: 'string' },
    descriptor: nullableString,
    sources: { type: 'integer' },
    quotes: idList,
    wordings: {
      type: 'array',
      description: "Each outlet's wording: a quote of one article.",
      items: {
        type: 'object',
        properties: {
          quote: { type: 'string' },
          ...evidenceSchema.properties,
          kind: { type: 'string', enum: ['direct', 'partial', 'indirect'] },
        },
        required: ['quote', ...evidenceSchema.required, 'kind'],
      },
    },
  },
  required: ['id', 'speaker', 'descriptor', 'sources', 'quotes', 'wordings'],
} as const;

const citedSentence = {
  text: { type: 'string' },
  fact: { type: 'string', description: 'The fact it comes from.' },
  status: factStatus,
  sources: { type: 'integer' },
  evidence: evidenceList,
} as const;

export const storyReportSchema = {
  type: 'object',
  properties: {
    story: storyDetailSchema.properties.story,
    cap: { type: 'integer', description: 'The most articles a story is cross-checked over.' },
    capped: {
      type: 'boolean',
      description: 'Whether the story has more articles than were cross-checked.',
    },
    articles: {
      ...idList,
      description: "The cross-checked articles: the story's first `cap` by publication day.",
    },
    origins: {
      type: 'array',
      description: 'Their independent sources: a group of copies or versions, and its origin.',
      items: {
        type: 'object',
        properties: { articles: idList, origin: nullableString },
        required: ['articles', 'origin'],
      },
    },
    facts: { type: 'array', items: factSchema },
    statements: { type: 'array', items: statementSchema },
    timeline: {
      type: 'array',
      items: {
        type: 'object',
        properties: { date: { type: 'string' }, ...citedSentence },
        required: ['date', 'text', 'fact', 'status', 'sources', 'evidence'],
      },
    },
    summary: {
      type: 'array',
      items: {
        type: 'object',
        properties: citedSentence,
        required: ['text', 'fact', 'status', 'sources', 'evidence'],
      },
    },
  },
  required: [
    'story',
    'cap',
    'capped',
    'articles',
    'origins',
    'facts',
    'statements',
    'timeline',
    'summary',
  ],
} as const;
