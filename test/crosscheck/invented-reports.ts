import { analyzeArticle } from '../../src/analyze/analyze-article.js';
import { crossCheckStory } from '../../src/crosscheck/cross-check-story.js';
import type { StoryArticle } from '../../src/crosscheck/cross-check.js';
import { finishArticle } from '../../src/ingest/finish-article.js';
import { ReadError } from '../../src/model/read-error.js';

/**
 * Invented reports of one invented event: a footbridge collapse in the invented town of Marrowick.
 * Two outlets give different death tolls, a wire report is republished word for word, a
 * spokeswoman's remark is worded differently by two outlets, and one outlet alone reports the
 * bridge's age.
 */
export const BRIDGE_REPORTS = [
  {
    outlet: 'Tollcross Herald',
    published: '2033-09-15',
    text: `MARROWICK — A pedestrian bridge over the Selder river collapsed in Marrowick on Wednesday evening, killing 12 people and injuring dozens more.

Rescue teams worked through the night to search the river below the bridge. "Our divers will keep searching until every missing person is found," said Petra Holm, a spokeswoman for the Marrowick fire service.

The town council closed two other bridges over the Selder for inspection on Thursday.`,
  },
  {
    outlet: 'Quayside Chronicle',
    published: '2033-09-15',
    text: `Fifteen people have now died after the collapse of a footbridge in Marrowick on Wednesday, the regional health office said.

Fire service spokeswoman Petra Holm said divers would not stop searching until they had found every person still missing.

The bridge, built in 1961, had been due for repairs next spring. Ilse Varga, the town's mayor, cut short a trade visit to Norhaven to return home. The council closed two other bridges over the Selder for inspection on Thursday.`,
  },
  {
    outlet: 'Lantern Wire',
    published: '2033-09-15',
    text: `MARROWICK (Lantern) — Rescue workers pulled survivors from the Selder river after a crowded footbridge gave way on Wednesday evening.

The council said two other bridges over the Selder would stay shut for inspections.`,
  },
  {
    outlet: 'Eastfold Daily',
    published: '2033-09-15',
    text: `MARROWICK (Lantern) — Rescue workers pulled survivors from the Selder river after a crowded footbridge gave way on Wednesday evening.

The council said two other bridges over the Selder would stay shut for inspections.`,
  },
];

/** Invented reports as analysed articles of one story. */
export function storyArticles(
  drafts: ReadonlyArray<{ outlet: string; published: string; text: string }>,
): StoryArticle[] {
  return drafts.map((draft) => {
    const article = finishArticle(
      {
        source: `test:${draft.outlet}`,
        url: null,
        outlet: draft.outlet,
        title: null,
        published: draft.published,
        text: draft.text,
        language: null,
      },
      draft.outlet,
    );
    if (article instanceof ReadError) throw new Error(article.message);
    return { article, analysis: analyzeArticle(article) };
  });
}

/** Each article its own source. */
export const ownSources = (articles: StoryArticle[]) =>
  articles.map(({ article }) => ({ articles: [article.id] }));

/** The reports as a story's analysed articles; the wire report and its copy are one source. */
export function bridgeStory(): { articles: StoryArticle[]; sources: { articles: string[] }[] } {
  const articles = storyArticles(BRIDGE_REPORTS);
  const [herald, chronicle, wire, copy] = articles.map(({ article }) => article.id);
  return {
    articles,
    sources: [{ articles: [herald!] }, { articles: [chronicle!] }, { articles: [wire!, copy!] }],
  };
}

/** An invented report: which outlet, when, what it says. */
export type Draft = { outlet: string; published: string; text: string };

/** The facts of invented reports, each outlet a source of its own. */
export function factsOf(drafts: Draft[]) {
  const articles = storyArticles(drafts);
  return crossCheckStory({ articles, sources: ownSources(articles) }).facts;
}
