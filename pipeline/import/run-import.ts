import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Progress } from "../ingest/progress";
import { ParseError } from "../parse/parse-error";
import { articleMarkdown, articlePath, contentHash, urlKey } from "./article-file";
import { extractArticle, feedLinks, type ExtractedArticle } from "./extract-page";
import { ImportFailure, type HttpClient, type HttpResult, isWebUrl } from "./http-client";
import { detectKind, readFeed, readOpml, type FeedItem } from "./read-feed";
import {
  importStateFile,
  readImportState,
  readSubscriptions,
  subscriptionsFile,
  writeImportState,
  writeSubscriptions,
  type ImportState,
} from "./subscriptions";
import { writeFileAtomic } from "./write-atomic";

export interface ImportOptions {
  contentDir: string;
  /** URLs (article pages, feeds, OPML lists) and local OPML files. */
  sources: readonly string[];
  /** Poll every feed in feeds.yaml too. */
  refresh?: boolean;
  /** Fetch and extract, but write nothing: the report says what would have been written. */
  dryRun?: boolean;
  http: HttpClient;
  /** Pages fetched at once; the host limiter still spaces requests to any one host. */
  concurrency?: number;
  /** Called once the pages to fetch are known. */
  progress?: (total: number) => Progress;
}

export interface Written {
  /** Relative to the content folder. */
  file: string;
  title: string;
  url: string;
}

export interface ImportReport {
  added: Written[];
  updated: Written[];
  /** Articles seen before (a feed answering 304, an item already imported, a page whose file is identical) or
   * the same story reached twice (same canonical URL or same body). */
  unchanged: number;
  failed: ImportFailure[];
  /** Feeds polled, and how many of them were new subscriptions. */
  feeds: number;
  subscribed: number;
  /** Pages tried for articles. */
  pages: number;
}

interface PageTask {
  url: string;
  /** The feed items that link this page (two feeds may carry one story), each with its feed. */
  items: Array<{ item: FeedItem; feedUrl: string; feedTitle: string | null }>;
  prefetched?: Extract<HttpResult, { status: "ok" }>;
}

const looksLikeUrl = (arg: string) => /^[a-z][a-z0-9+.-]*:/i.test(arg) && !/^[a-z]:[\\/]/i.test(arg);
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function eachLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Every imported file in the content folder, by the URL key in its name (article-file.ts). */
async function filesByUrlKey(contentDir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const entries = await readdir(contentDir, { recursive: true }).catch(() => [] as string[]);
  for (const entry of entries) {
    const rel = entry.split(path.sep).join("/");
    if (rel.split("/").some((part) => part.startsWith("."))) continue;
    const key = /-([0-9a-f]{10})\.md$/.exec(rel)?.[1];
    if (key) found.set(key, rel);
  }
  return found;
}

/**
 * `npm run import`: sources to feeds and pages, pages to articles, articles to Markdown files in the content
 * folder. Only new or changed articles are written, each atomically; every failure is collected, not thrown.
 */
export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const { contentDir, sources, refresh = false, dryRun = false, http, concurrency = 4 } = options;
  const subscriptions = await readSubscriptions(subscriptionsFile(contentDir));
  const state: ImportState = await readImportState(importStateFile(contentDir));
  const report: ImportReport = { added: [], updated: [], unchanged: 0, failed: [], feeds: 0, subscribed: 0, pages: 0 };
  const fail = (url: string, error: unknown) =>
    report.failed.push(error instanceof ImportFailure ? error : new ImportFailure(url, reasonOf(error)));

  // 1. Sources: what each argument is.
  const feeds = new Map<string, { prefetched?: Extract<HttpResult, { status: "ok" }> }>();
  if (refresh) for (const feed of subscriptions.feeds) feeds.set(feed.url, {});
  const tasks = new Map<string, PageTask>();
  for (const source of sources) {
    if (!looksLikeUrl(source)) {
      const text = await readFile(source, "utf8").catch((error: unknown) => {
        const code = error instanceof Error && "code" in error ? String(error.code) : reasonOf(error);
        fail(source, `cannot be read (${code})`);
        return null;
      });
      if (text === null) continue;
      if (detectKind(text) !== "opml") {
        fail(source, "a local file must be an OPML subscription list; give feeds and pages by URL");
        continue;
      }
      try {
        for (const feed of readOpml(text, null)) if (!feeds.has(feed.url)) feeds.set(feed.url, {});
      } catch (error) {
        fail(source, `not a readable OPML file (${reasonOf(error)})`);
      }
      continue;
    }
    try {
      const url = new URL(source);
      if (!isWebUrl(url)) throw new ImportFailure(source, "only http(s) URLs are imported");
      const result = await http.get(url.href);
      if (result.status !== "ok") continue;
      const kind = detectKind(result.text, result.contentType);
      if (kind === "feed") feeds.set(url.href, { prefetched: result });
      else if (kind === "opml") {
        for (const feed of readOpml(result.text, result.url)) if (!feeds.has(feed.url)) feeds.set(feed.url, {});
      } else if (kind === "page") {
        // A site's home page stands for its feed, when it announces one.
        const announced = new URL(result.url).pathname === "/" ? feedLinks(result.text, result.url)[0] : undefined;
        if (announced) feeds.set(announced, {});
        else tasks.set(result.url, { url: result.url, items: [], prefetched: result });
      } else
        throw new ImportFailure(
          result.url,
          `not a feed, OPML list or web page (${result.contentType || "no content type"})`,
        );
    } catch (error) {
      fail(source, error);
    }
  }

  // 2. Feeds: their new or changed items.
  const feedOk = new Map<string, { etag: string | null; lastModified: string | null }>();
  const feedFailed = new Set<string>();
  // Fetched concurrently, read in the order given, so the order of the pages (and of feeds.yaml) is stable.
  const feedList = [...feeds];
  const fetchedFeeds = feedList.map(() => Promise.resolve<HttpResult | ImportFailure | undefined>(undefined));
  await eachLimit([...feedList.keys()], concurrency, async (i) => {
    const [feedUrl, { prefetched }] = feedList[i] ?? ["", {}];
    const fetched = prefetched ? Promise.resolve(prefetched) : http.get(feedUrl, state.feeds[feedUrl] ?? {});
    fetchedFeeds[i] = fetched.catch((error: unknown) =>
      error instanceof ImportFailure ? error : new ImportFailure(feedUrl, reasonOf(error)),
    );
    await fetchedFeeds[i];
  });
  for (const [i, [feedUrl]] of feedList.entries()) {
    report.feeds += 1;
    const known = state.feeds[feedUrl];
    try {
      const result = await fetchedFeeds[i];
      if (result === undefined) continue;
      if (result instanceof ImportFailure) throw result;
      if (result.status === "not-modified") {
        report.unchanged += Object.keys(known?.items ?? {}).length;
        continue;
      }
      let feed;
      try {
        feed = readFeed(result.text, result.url);
      } catch (error) {
        throw new ImportFailure(feedUrl, `not a feed (${reasonOf(error)})`);
      }
      if (!subscriptions.feeds.some((f) => f.url === feedUrl)) {
        subscriptions.feeds.push({ url: feedUrl, ...(feed.title ? { title: feed.title } : {}) });
        report.subscribed += 1;
      }
      feedOk.set(feedUrl, { etag: result.etag, lastModified: result.lastModified });
      const feedState = (state.feeds[feedUrl] ??= { etag: null, lastModified: null, items: {} });
      for (const item of feed.items) {
        if (feedState.items[item.id] === item.fingerprint) {
          report.unchanged += 1;
          continue;
        }
        const task = tasks.get(item.url);
        if (task) task.items.push({ item, feedUrl, feedTitle: feed.title });
        else tasks.set(item.url, { url: item.url, items: [{ item, feedUrl, feedTitle: feed.title }] });
      }
    } catch (error) {
      feedFailed.add(feedUrl);
      fail(feedUrl, error);
    }
  }

  // 3. Pages: fetch, extract, write what is new or changed.
  const byKey = await filesByUrlKey(contentDir);
  const byHash = new Map(Object.entries(state.articles).map(([canonical, a]) => [a.contentHash, canonical]));
  const claimed = new Set<string>();
  const remember = (task: PageTask) => {
    for (const { item, feedUrl } of task.items) {
      const feedState = state.feeds[feedUrl];
      if (feedState) feedState.items[item.id] = item.fingerprint;
    }
  };
  const prepare = async (task: PageTask) => {
    const known = state.articles[state.pages[task.url] ?? task.url];
    const result = task.prefetched ?? (await http.get(task.url, known ?? {}));
    if (result.status === "not-modified") return "not-modified" as const;
    if (detectKind(result.text, result.contentType) !== "page") {
      throw new ImportFailure(result.url, `not an article (${result.contentType || "not HTML"})`);
    }
    const extracted = extractArticle(result.text, result.url);
    if (!extracted) {
      const feed = feedLinks(result.text, result.url)[0];
      throw new ImportFailure(result.url, `not an article${feed ? ` (the page announces a feed: ${feed})` : ""}`);
    }
    const article = merge(extracted, task.items[0]?.item, task.items[0]?.feedTitle ?? null);
    try {
      return { article, markdown: articleMarkdown(article), result };
    } catch (error) {
      const reason = error instanceof ParseError ? error.message : reasonOf(error);
      throw new ImportFailure(result.url, `not an article (${reason})`);
    }
  };
  const settle = async (
    task: PageTask,
    {
      article,
      markdown,
      result,
    }: { article: ExtractedArticle; markdown: string; result: Extract<HttpResult, { status: "ok" }> },
  ) => {
    const hash = contentHash(article.body);
    // The same story again: by canonical URL (two links to one page) or by its words (a syndicated copy).
    if (claimed.has(article.url) || (byHash.has(hash) && byHash.get(hash) !== article.url)) {
      report.unchanged += 1;
      remember(task);
      return;
    }
    claimed.add(article.url);
    byHash.set(hash, article.url);
    const file = state.articles[article.url]?.file ?? byKey.get(urlKey(article.url)) ?? articlePath(article);
    const absolute = path.join(contentDir, file);
    const before = await readFile(absolute, "utf8").catch(() => null);
    if (before === markdown) report.unchanged += 1;
    else {
      if (!dryRun) await writeFileAtomic(absolute, markdown);
      (before === null ? report.added : report.updated).push({ file, title: article.title, url: article.url });
    }
    state.articles[article.url] = { file, contentHash: hash, etag: result.etag, lastModified: result.lastModified };
    if (task.url !== article.url) state.pages[task.url] = article.url;
    remember(task);
  };
  const pageTasks = [...tasks.values()];
  report.pages = pageTasks.length;
  const progress = options.progress?.(pageTasks.length);
  // Fetched and extracted concurrently, then settled one by one in the order the tasks were made, so which of
  // two copies of a story is kept, and the order of the report, do not depend on which response came first.
  let settled = Promise.resolve();
  await eachLimit(pageTasks, concurrency, async (task) => {
    const prepared = prepare(task).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    const turn = settled.then(async () => {
      try {
        const outcome = await prepared;
        if (!outcome.ok) throw outcome.error;
        if (outcome.value === "not-modified") {
          report.unchanged += 1;
          remember(task);
        } else await settle(task, outcome.value);
      } catch (error) {
        // A lasting failure is remembered like an import, so each refresh does not fetch and report it again.
        if (error instanceof ImportFailure && !error.transient) remember(task);
        else for (const { feedUrl } of task.items) feedFailed.add(feedUrl);
        fail(task.url, error);
      } finally {
        progress?.tick();
      }
    });
    settled = turn;
    await turn;
  });
  progress?.stop();

  // A feed's validators are kept only when none of its items failed for a passing reason: otherwise the next
  // poll would get a 304 and never retry them.
  for (const [feedUrl, validators] of feedOk) {
    const feedState = state.feeds[feedUrl];
    if (feedState && !feedFailed.has(feedUrl)) Object.assign(feedState, validators);
  }
  if (!dryRun) {
    await writeImportState(importStateFile(contentDir), state);
    if (report.subscribed > 0) await writeSubscriptions(subscriptionsFile(contentDir), subscriptions);
  }
  return report;
}

/**
 * The page's own metadata for what describes the page (canonical URL, date, site name, description); the feed
 * item's for what a feed states more cleanly (the headline without the site's suffix, the author's name), and
 * either where the other has nothing.
 */
function merge(page: ExtractedArticle, item: FeedItem | undefined, feedTitle: string | null): ExtractedArticle {
  return {
    ...page,
    title: item?.title ?? page.title,
    date: page.date ?? item?.date ?? null,
    source: page.source ?? feedTitle ?? new URL(page.url).hostname.replace(/^www\./, ""),
    author: item?.author ?? page.author,
    summary: page.summary ?? item?.summary ?? null,
  };
}
