/**
 * Synthetic news streams for benchmarks: each synthetic event is one story of the example corpus
 * retold with other names, places, organisations, dates and numbers, by every article of that
 * story (so wire copies stay copies and updates stay updates). Many events of the same kind run
 * at once, as in a real stream. Articles are generated lazily: a stream of a million never sits
 * in memory.
 */
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../../src/analyze/analyze-article.js';
import { textLayer } from '../../src/analyze/text/text-layer.js';
import { readArticles } from '../../src/ingest/read-articles.js';
import type { ArticleAnalysis } from '../../src/model/analysis.js';
import { articleId } from '../../src/model/article-id.js';
import type { Article } from '../../src/model/article.js';
import { ReadError } from '../../src/model/read-error.js';
import { detectSections } from '../../src/ingest/sections/detect-sections.js';
import type { ArticleFeatures, FeatureKey } from '../../src/stories/story.js';
import { foldKey, storyFeatures } from '../../src/stories/story-features.js';

export interface StoryTemplate {
  story: string;
  /** The story's articles, oldest first, with their analysis. */
  articles: {
    article: Article;
    analysis: ArticleAnalysis;
    features: ArticleFeatures;
    dayOffset: number;
  }[];
  /** Capitalised words of names that each event replaces ("Duarte", "Alcântara"). */
  nameWords: string[];
  firstDay: string;
}

export interface SyntheticArticle {
  article: Article;
  /** The template article's analysis with names and dates replaced as in the text. */
  analysis: ArticleAnalysis;
  /** The template article's story features, rewritten the same way. */
  features: ArticleFeatures;
  /** The synthetic event it reports: the gold story of the stream. */
  event: number;
  template: string;
}

/** Words of names that stay: they say what kind of body or place it is, not which one. */
const KIND_WORDS = new Set(
  'the of and for de da do del la le van von al el union ministry port authority council agency institute university department centre center city river bay street square harbour north south east west new saint st company group ltd inc press news police court government workers dockworkers fire brigade coast guard'.split(
    ' ',
  ),
);

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface GoldStories {
  stories: { id: string; articles: string[] }[];
}

/** Reads the example corpus and groups its articles into the gold stories, analysed once. */
export async function loadTemplates(
  corpus = 'examples/corpus',
  goldPath = 'examples/gold.json',
): Promise<StoryTemplate[]> {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldStories;
  const byKey = new Map<string, Article>();
  for await (const item of readArticles([corpus]))
    if (!(item instanceof ReadError)) byKey.set(item.url ?? item.source, item);
  return gold.stories.map((story) => {
    const articles = story.articles
      .map((key) => byKey.get(key))
      .filter((article): article is Article => article !== undefined && article.published !== null)
      .sort((a, b) => a.published!.localeCompare(b.published!));
    const firstDay = articles[0]!.published!.slice(0, 10);
    const nameWords = new Set<string>();
    const analysed = articles.map((article) => {
      const analysis = analyzeArticle(article);
      for (const entity of analysis.entities)
        for (const name of [entity.name, ...entity.aliases])
          for (const word of name.split(/[\s'’-]+/))
            if (/^\p{Lu}\p{L}{2,}$/u.test(word) && !KIND_WORDS.has(word.toLowerCase()))
              nameWords.add(word);
      const features = storyFeatures(article, analysis, textLayer(article.text));
      return { article, analysis, features, dayOffset: daysBetween(firstDay, article.published!) };
    });
    return { story: story.id, articles: analysed, nameWords: [...nameWords], firstDay };
  });
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from)) / 86_400_000);
}

/** A small deterministic hash for choosing replacements (FNV-1a). */
function hash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'tr',
  'kl',
  'st',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ei'];

/** An invented capitalised name for `word` in event `event`: the same pair, the same name. */
function inventedName(word: string, event: number): string {
  let h = hash(word.toLowerCase(), event + 1);
  let name = '';
  for (let syllable = 0; syllable < 3; syllable++) {
    name += ONSETS[h % ONSETS.length]! + VOWELS[(h >>> 5) % VOWELS.length]!;
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
  }
  name += ['n', 'r', 's', 'l', ''][h % 5];
  if (word === word.toUpperCase()) return name.toUpperCase();
  return name[0]!.toUpperCase() + name.slice(1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function shiftDate(iso: string, days: number): string {
  const shifted = new Date(Date.parse(iso) + days * 86_400_000).toISOString();
  return iso.length <= 10 ? shifted.slice(0, 10) : shifted.slice(0, iso.length);
}

/** One event's rewrite of a template: names, month and year words, and small numbers. */
function rewriter(template: StoryTemplate, event: number, startDay: string) {
  const names = new Map(template.nameWords.map((word) => [word, inventedName(word, event)]));
  const oldMonth = MONTHS[Number(template.firstDay.slice(5, 7)) - 1]!;
  const newMonth = MONTHS[Number(startDay.slice(5, 7)) - 1]!;
  const oldYear = template.firstDay.slice(0, 4);
  const newYear = startDay.slice(0, 4);
  const words = [...names.keys(), oldMonth, oldYear].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `(?<![\\p{L}\\d])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\d])|\\b\\d{1,3}\\b|(?<![\\p{L}\\d])\\p{Ll}{4,}(?![\\p{L}\\d])`,
    'gu',
  );
  // Each event words a fifth of its vocabulary its own way, as different events of one kind are
  // told in different words; within the event every article uses the same words, so copies stay
  // copies.
  const ownWord = (word: string) =>
    hash(word, event) % 100 < 20 ? inventedName(word, event).toLowerCase() : word;
  const rewrite = (text: string): string =>
    text.replace(pattern, (match) => {
      if (match === oldMonth) return newMonth;
      if (match === oldYear) return newYear;
      const name = names.get(match);
      if (name) return name;
      if (/^\p{Ll}/u.test(match)) return ownWord(match);
      const number = Number(match);
      // Numbers change by a few percent, so that outlets still roughly agree within one event.
      return String(number + (hash(match, event) % Math.max(1, Math.ceil(number / 10))));
    });
  const folded = new Map([...names].map(([word, name]) => [foldKey(word), name.toLowerCase()]));
  // A feature key is a prefix and a folded value: names word by word, dates shifted.
  const rewriteKey = (key: FeatureKey, days: number): FeatureKey => {
    const colon = key.lastIndexOf(':');
    const prefix = key.slice(0, colon + 1);
    const value = key.slice(colon + 1);
    if (prefix === 't:') return prefix + shiftPeriod(value, days);
    return (
      prefix +
      value.replace(
        /[^\s'’-]+/gu,
        (word) => folded.get(word) ?? (prefix === 'w:' && word.length >= 4 ? ownWord(word) : word),
      )
    );
  };
  return { rewrite, rewriteKey };
}

/** A date, month or year moved by `days`, kept at its own granularity. */
function shiftPeriod(value: string, days: number): string {
  if (value.length === 10) return shiftDate(value, days);
  if (value.length === 7) return shiftDate(`${value}-15`, days).slice(0, 7);
  return shiftDate(`${value}-07-01`, days).slice(0, 4);
}

function rewriteFeatures(
  features: ArticleFeatures,
  rewrite: (text: string) => string,
  rewriteKey: (key: FeatureKey, days: number) => FeatureKey,
  days: number,
): ArticleFeatures {
  const counts = new Map<FeatureKey, number>();
  for (const [key, count] of features.counts) {
    const rewritten = rewriteKey(key, days);
    counts.set(rewritten, (counts.get(rewritten) ?? 0) + count);
  }
  return {
    ...features,
    headline: rewrite(features.headline),
    date: features.date && shiftDate(features.date, days),
    counts,
  };
}

function rewriteAnalysis(
  analysis: ArticleAnalysis,
  rewrite: (text: string) => string,
  days: number,
): ArticleAnalysis {
  return {
    ...analysis,
    entities: analysis.entities.map((entity) => ({
      ...entity,
      name: rewrite(entity.name),
      aliases: entity.aliases.map(rewrite),
      descriptors: entity.descriptors.map(rewrite),
    })),
    quotes: analysis.quotes.map((quote) => ({ ...quote, text: rewrite(quote.text) })),
    times: analysis.times.map((time) => ({
      ...time,
      value:
        time.value && /^\d{4}-\d{2}-\d{2}$/.test(time.value)
          ? shiftDate(time.value, days)
          : time.value,
      reference: time.reference && shiftDate(time.reference, days),
    })),
  };
}

/**
 * `count` articles of synthetic events, `eventsPerDay` new events starting each day from
 * `startDay`, templates taken in turn. Articles come in event order; within an event, oldest
 * first. Text offsets in the rewritten analysis are the template's (names change length).
 */
export function* syntheticStream(
  templates: StoryTemplate[],
  count: number,
  { eventsPerDay = 40, startDay = '2032-01-05' } = {},
): Generator<SyntheticArticle> {
  let produced = 0;
  for (let event = 0; produced < count; event++) {
    const template = templates[event % templates.length]!;
    const eventDay = shiftDate(startDay, Math.floor(event / eventsPerDay));
    const days = daysBetween(template.firstDay, eventDay);
    const { rewrite, rewriteKey } = rewriter(template, event, eventDay);
    for (const { article, analysis, features } of template.articles) {
      if (produced++ >= count) return;
      const text = rewrite(article.text);
      yield {
        article: {
          ...article,
          id: articleId(article.outlet, text),
          source: `synthetic/${event}/${article.id}`,
          url: article.url && `${article.url}?event=${event}`,
          title: article.title && rewrite(article.title),
          published: article.published && shiftDate(article.published, days),
          text,
          sections: detectSections(text),
        },
        analysis: rewriteAnalysis(analysis, rewrite, days),
        features: rewriteFeatures(features, rewrite, rewriteKey, days),
        event,
        template: template.story,
      };
    }
  }
}
