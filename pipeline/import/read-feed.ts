import { parseFeed, parseOpml } from "feedsmith";
import { htmlToText, isoDate } from "./html-text";

export type SourceKind = "feed" | "opml" | "page";

/**
 * What a fetched or read document is, from its first element (or JSON Feed's `version`), then its media type:
 * servers label feeds `text/html` and `application/octet-stream` often enough that the label cannot decide.
 */
export function detectKind(text: string, contentType = ""): SourceKind | null {
  const head = text.replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("{")) {
    try {
      const json: unknown = JSON.parse(head);
      const version = json && typeof json === "object" && "version" in json ? String(json.version) : "";
      return /jsonfeed\.org\/version\//.test(version) ? "feed" : null;
    } catch {
      return null;
    }
  }
  const withoutProlog = head.replace(/^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, "");
  const root = /^<([A-Za-z][\w:.-]*)/.exec(withoutProlog)?.[1]?.toLowerCase();
  if (root === "rss" || root === "feed" || root === "rdf:rdf") return "feed";
  if (root === "opml") return "opml";
  if (root === "html" || /html/i.test(contentType) || /^<!doctype html/i.test(head)) return "page";
  return null;
}

export interface FeedItem {
  /** The item's guid or id, else its link: what makes it the same item on the next poll. */
  id: string;
  /** Absolute: relative links are resolved against the feed's base. */
  url: string;
  title: string | null;
  date: string | null;
  author: string | null;
  summary: string | null;
  /** Changes when the publisher changes the item (title, date, summary): the item is fetched again. */
  fingerprint: string;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

/** A summary from the feed only when it reads as one; many feeds put the whole article there. */
const MAX_SUMMARY_CHARS = 400;

const text = (value: string | undefined | null) => {
  const plain = value ? htmlToText(value) : "";
  return plain === "" ? null : plain;
};

function absolute(link: string | undefined, base: string | undefined): string | null {
  if (!link?.trim()) return null;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function rssAuthor(name: string | undefined): string | null {
  if (!name) return null;
  // RSS 2.0's <author> is "email (Name)".
  return text(/\(([^)]+)\)\s*$/.exec(name)?.[1] ?? (name.includes("@") ? null : name));
}

/**
 * RSS 2.0 (and 0.9x, RDF), Atom and JSON Feed to one list of items. Titles are decoded once as HTML; items
 * without an http(s) link are dropped (there is no page to import), and repeats of an item (same id or link)
 * are kept once.
 */
export function readFeed(source: string, feedUrl: string): Feed {
  const parsed = parseFeed(source);
  const raw: Array<Omit<FeedItem, "fingerprint" | "id" | "url"> & { id: string | undefined; url: string | null }> = [];
  let title: string | null = null;
  if (parsed.format === "rss" || parsed.format === "rdf") {
    const feed = parsed.feed;
    title = text(feed.title);
    for (const item of feed.items ?? []) {
      const guid = "guid" in item ? item.guid : undefined;
      const url = absolute(item.link ?? (guid?.isPermaLink !== false ? guid?.value : undefined), feedUrl);
      const description = "description" in item ? item.description : undefined;
      raw.push({
        id: guid?.value,
        url,
        title: text(item.title),
        date: isoDate(("pubDate" in item ? item.pubDate : undefined) ?? item.dc?.dates?.[0]),
        author: rssAuthor("authors" in item ? item.authors?.[0]?.name : undefined) ?? text(item.dc?.creators?.[0]),
        summary: text(description),
      });
    }
  } else if (parsed.format === "atom") {
    const feed = parsed.feed;
    title = text(feed.title?.value);
    const feedBase = absolute(feed.xml?.base, feedUrl) ?? feedUrl;
    for (const entry of feed.entries ?? []) {
      const base = absolute(entry.xml?.base, feedBase) ?? feedBase;
      const link = entry.links?.find((l) => !l.rel || l.rel === "alternate") ?? entry.links?.[0];
      raw.push({
        id: entry.id ?? undefined,
        url: absolute(link?.href, base),
        title: text(entry.title?.value),
        date: isoDate(entry.published ?? entry.updated),
        author: text(entry.authors?.[0]?.name),
        summary: text(entry.summary?.value),
      });
    }
  } else {
    const feed = parsed.feed;
    title = text(feed.title);
    const base = absolute(feed.feed_url, feedUrl) ?? feedUrl;
    for (const item of feed.items ?? []) {
      raw.push({
        id: item.id ?? undefined,
        url: absolute(item.url ?? item.external_url, base),
        title: text(item.title),
        date: isoDate(item.date_published ?? item.date_modified),
        author: text(item.authors?.[0]?.name),
        summary: text(item.summary),
      });
    }
  }

  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const item of raw) {
    if (!item.url) continue;
    const id = item.id?.trim() || item.url;
    if (seen.has(id) || seen.has(item.url)) continue;
    seen.add(id).add(item.url);
    const summary = item.summary && item.summary.length <= MAX_SUMMARY_CHARS ? item.summary : null;
    items.push({
      ...item,
      id,
      url: item.url,
      summary,
      fingerprint: JSON.stringify([item.url, item.title, item.date, item.summary]),
    });
  }
  return { title, items };
}

export interface OpmlFeed {
  url: string;
  title: string | null;
}

/** Every feed an OPML subscription list names, nested outlines (folders) included, each once. */
export function readOpml(source: string, opmlUrl: string | null): OpmlFeed[] {
  const opml = parseOpml(source);
  const feeds = new Map<string, OpmlFeed>();
  type Outline = NonNullable<NonNullable<typeof opml.body>["outlines"]>[number];
  const visit = (outlines: readonly Outline[] | undefined) => {
    for (const outline of outlines ?? []) {
      const url = absolute(outline.xmlUrl, opmlUrl ?? undefined);
      if (url && !feeds.has(url)) feeds.set(url, { url, title: text(outline.title ?? outline.text) });
      visit(outline.outlines);
    }
  };
  visit(opml.body?.outlines);
  return [...feeds.values()];
}
