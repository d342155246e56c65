import { XMLBuilder } from "fast-xml-parser";
import type { ArticleSummary } from "../../src/schema/article";
import { TOPIC_LABELS, type TopicId } from "../../src/schema/topics";
import { paths } from "../../src/lib/paths";
import { siteHref } from "./site-url";

/** Newest entries per feed: a feed announces what is new, it is not an archive. */
export const FEED_LIMIT = 50;

/** `updated` of a feed with no dated entry: fixed, so an unchanged collection gives byte-identical feeds. */
export const EPOCH = "1970-01-01T00:00:00.000Z";

export interface FeedArticle extends ArticleSummary {
  /** From the article file; the index does not carry it. */
  author: string | null;
}

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  /** RFC 3339, UTC. */
  updated: string;
  summary: string;
  authors: string[];
  categories: { term: string; label: string }[];
}

/**
 * Atom ids must be absolute and should never change. With SITE_URL they are the article's URL (what readers and
 * validators expect); without one there is no absolute URL, so a `urn:lede:` name stands in.
 */
function entryId(siteUrl: string | null, path: string, name: string): string {
  return siteUrl ? siteHref(siteUrl, path) : `urn:lede:${name}`;
}

/** A calendar date is taken as midnight UTC, the way the app shows dates. */
export function toAtomDate(date: string): string {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date).toISOString();
}

/** One entry, or null for an undated article: it has no place in a feed ordered by time (docs/decisions/009). */
export function feedEntry(article: FeedArticle, siteUrl: string | null): FeedEntry | null {
  if (article.date === null) return null;
  const path = paths.article(article.slug);
  const authors = [article.author, article.source].filter((name): name is string => name !== null);
  return {
    id: entryId(siteUrl, path, `article:${article.slug}`),
    title: article.title,
    link: siteHref(siteUrl, path),
    updated: toAtomDate(article.date),
    summary: article.summary,
    authors: [...new Set(authors)],
    categories: [
      ...article.topics.map((t) => ({ term: t, label: TOPIC_LABELS[t] })),
      ...article.tags.map((tag) => ({ term: tag, label: tag })),
    ],
  };
}

export interface FeedSpec {
  /** null for the whole collection. */
  topic: TopicId | null;
  siteUrl: string | null;
  articles: readonly FeedArticle[];
}

export interface BuiltFeed {
  path: string;
  xml: string;
  entries: number;
  undated: number;
}

/**
 * The articles a feed lists: dated, newest first (then by title), at most FEED_LIMIT. Which ones does not depend on
 * their authors, so only these article files need reading for the author.
 */
export function feedArticles<T extends ArticleSummary>(topic: TopicId | null, articles: readonly T[]): T[] {
  return articles
    .flatMap((a) =>
      a.date !== null && (topic === null || a.topics.includes(topic)) ? [{ a, updated: toAtomDate(a.date) }] : [],
    )
    .sort((x, y) => y.updated.localeCompare(x.updated) || x.a.title.localeCompare(y.a.title))
    .slice(0, FEED_LIMIT)
    .map((x) => x.a);
}

/** The Atom document for the collection or one topic: newest first, at most FEED_LIMIT entries. */
export function buildFeed({ topic, siteUrl, articles }: FeedSpec): BuiltFeed {
  const undated = articles.filter((a) => a.date === null && (topic === null || a.topics.includes(topic))).length;
  const entries = feedArticles(topic, articles).flatMap((a) => feedEntry(a, siteUrl) ?? []);
  const path = paths.feed(topic ?? undefined);
  const pagePath = topic ? paths.topic(topic) : paths.home();
  const title = topic ? `${TOPIC_LABELS[topic]} · Lede` : "Lede";
  const document = {
    "?xml": { "@_version": "1.0", "@_encoding": "utf-8" },
    feed: {
      "@_xmlns": "http://www.w3.org/2005/Atom",
      "@_xml:lang": "en",
      id: entryId(siteUrl, path, topic ? `feed:${topic}` : "feed"),
      title,
      subtitle: topic ? `Articles about ${TOPIC_LABELS[topic].toLowerCase()}` : "Every article in the collection",
      updated: entries[0]?.updated ?? EPOCH,
      link: [
        { "@_rel": "self", "@_type": "application/atom+xml", "@_href": siteHref(siteUrl, path) },
        { "@_rel": "alternate", "@_type": "text/html", "@_href": siteHref(siteUrl, pagePath) },
      ],
      // Atom wants an author for every entry; entries without author or source inherit this one.
      author: { name: "Lede" },
      generator: "Lede",
      entry: entries.map((e) => ({
        id: e.id,
        title: e.title,
        link: { "@_rel": "alternate", "@_type": "text/html", "@_href": e.link },
        updated: e.updated,
        published: e.updated,
        ...(e.authors.length > 0 ? { author: e.authors.map((name) => ({ name })) } : {}),
        ...(e.summary ? { summary: e.summary } : {}),
        category: e.categories.map((c) => ({ "@_term": c.term, "@_label": c.label })),
      })),
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });
  return { path, xml: builder.build(document), entries: entries.length, undated };
}
