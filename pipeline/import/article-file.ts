import { createHash } from "node:crypto";
import { stringify } from "yaml";
import { parseMarkdown } from "../parse/markdown";
import { slugify } from "../text/slugify";
import type { ExtractedArticle } from "./extract-page";

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The part of a file name that belongs to one canonical URL: how a later import finds the file again. */
export const urlKey = (canonicalUrl: string) => sha256(canonicalUrl).slice(0, 10);

/**
 * Where an article goes, relative to the content folder: a folder per site, then the title's slug and a short
 * hash of the canonical URL (`example.org/harbour-reopens-after-storm-repairs-1a2b3c4d5e.md`). Only `a-z0-9.-`
 * appear, so the name is safe on every file system, and the hash keeps it unique and findable after the title
 * changes.
 */
export function articlePath(article: Pick<ExtractedArticle, "title" | "url">): string {
  const url = new URL(article.url);
  const site = url.hostname.replace(/^www\./, "").replace(/[^a-z0-9.-]/g, "-") || "site";
  const slug = slugify(article.title, 60) || slugify(decodeURIComponent(url.pathname), 60) || "article";
  return `${site}/${slug}-${urlKey(article.url)}.md`;
}

/**
 * The Markdown file Lede reads (docs/data-format.md): front matter, a blank line, the body. Parsed back with
 * ingest's own parser before it is returned, so a file import writes is one ingest accepts.
 */
export function articleMarkdown(article: ExtractedArticle): string {
  const fields = {
    title: article.title,
    date: article.date,
    source: article.source,
    url: article.url,
    author: article.author,
    summary: article.summary,
  };
  const frontMatter = stringify(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== "")), {
    lineWidth: 0,
  });
  const text = `---\n${frontMatter}---\n\n${article.body.trim()}\n`;
  parseMarkdown(text);
  return text;
}

/** What makes two pages the same story: the body's words, whatever the site's markup or the file's metadata. */
export function contentHash(body: string): string {
  return sha256(
    body
      .replace(/[\s>#*_-]+/g, " ")
      .trim()
      .toLowerCase(),
  );
}
