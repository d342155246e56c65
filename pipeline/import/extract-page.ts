import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import TurndownService from "turndown";
import { htmlToText, isoDate } from "./html-text";

export interface ExtractedArticle {
  title: string;
  /** The page's `<link rel="canonical">`, else `og:url`, else the address it was fetched from. */
  url: string;
  date: string | null;
  /** The site's name (`og:site_name`, JSON-LD publisher), when the page gives one. */
  source: string | null;
  author: string | null;
  /** The page's own description, never a cut of the body (ingest makes that itself when there is none). */
  summary: string | null;
  /** Paragraphs, headings, quotes and lists as Markdown; links reduced to their text, images dropped. */
  body: string;
}

/** Below this many characters of text, what Readability found is a fragment of chrome, not an article. */
const MIN_ARTICLE_CHARS = 200;

/**
 * Site chrome that Readability can leave in: when an ad slot, share bar or cookie banner sits inside the
 * article's container, it scores as part of it. Removed before extraction, unless it holds the article itself.
 */
const CHROME = [
  "nav",
  "aside",
  "footer",
  "form",
  "button",
  "dialog",
  "iframe",
  "noscript",
  "template",
  '[role="navigation"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[role="search"]',
  '[aria-hidden="true"]',
  '[aria-label*="breadcrumb" i]',
  '[class*="breadcrumb" i]',
  '[class*="cookie" i]',
  '[id*="cookie" i]',
  '[class*="consent" i]',
  '[class*="gdpr" i]',
  '[class*="share" i]',
  '[class*="social" i]',
  '[class*="newsletter" i]',
  '[class*="subscribe" i]',
  '[class*="related" i]',
  '[class*="promo" i]',
  '[class*="advert" i]',
  '[id*="advert" i]',
  '[class*="sponsor" i]',
  '[class*="ad-slot" i]',
  '[id^="ad-" i]',
  ".ad",
  ".ads",
  "[data-ad]",
].join(", ");

function metaContent(document: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
}

function webUrl(href: string | null | undefined, base: string): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    url.hash = "";
    return url.href;
  } catch {
    return null;
  }
}

function removeChrome(document: Document): void {
  const bodyText = document.body?.textContent?.length ?? 0;
  for (const element of [...document.querySelectorAll(CHROME)]) {
    if (!element.isConnected) continue;
    if (/^(html|body|main|article)$/i.test(element.tagName)) continue;
    if (element.querySelector("article, main, [itemprop='articleBody']")) continue;
    if ((element.textContent?.length ?? 0) > bodyText / 2) continue; // a wrapper named oddly, not a widget
    element.remove();
  }
}

function createTurndown(): TurndownService {
  const turndown = new TurndownService({
    headingStyle: "atx",
    hr: "---",
    bulletListMarker: "-",
    codeBlockStyle: "fenced",
    emDelimiter: "_",
    strongDelimiter: "**",
  });
  // Lede shows text: a link keeps its words (its target is often a relative or tracking URL), media goes.
  turndown.addRule("link-text", { filter: "a", replacement: (content) => content });
  turndown.remove((node) => node.nodeName.toLowerCase() === "svg");
  turndown.remove(["img", "picture", "figure", "video", "audio", "canvas", "iframe", "script", "style"]);
  return turndown;
}
const turndown = createTurndown();

/** Feed links a page announces (`<link rel="alternate" type="application/rss+xml">`), absolute. */
export function feedLinks(html: string, pageUrl: string): string[] {
  const { document } = parseHTML(html);
  const links = document.querySelectorAll(
    'link[rel~="alternate"][type="application/rss+xml"], link[rel~="alternate"][type="application/atom+xml"], link[rel~="alternate"][type="application/feed+json"]',
  );
  return [...links].flatMap((link) => webUrl(link.getAttribute("href"), pageUrl) ?? []);
}

/**
 * One web page to its article, with Readability over linkedom's DOM and turndown for the Markdown; null when
 * the page holds no article (an index, a login wall, an error page served with 200).
 */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle | null {
  const { document } = parseHTML(html);
  const canonical =
    webUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute("href"), pageUrl) ??
    webUrl(metaContent(document, ['meta[property="og:url"]']), pageUrl) ??
    webUrl(pageUrl, pageUrl) ??
    pageUrl;
  const description = metaContent(document, [
    'meta[property="og:description"]',
    'meta[name="description"]',
    'meta[name="twitter:description"]',
  ]);
  const published = metaContent(document, [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[itemprop="datePublished"]',
  ]);
  removeChrome(document);
  const article = new Readability(document, { charThreshold: MIN_ARTICLE_CHARS }).parse();
  if (!article?.content || (article.textContent ?? "").trim().length < MIN_ARTICLE_CHARS) return null;

  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const title = htmlToText(article.title ?? "") || null;
  if (!title) return null;
  let body = turndown.turndown(content.body).trim();
  // A heading that repeats the headline is shown from the front matter already.
  const repeated = /^#{1,2} (.*)\n+/.exec(body);
  if (repeated?.[1]?.trim() === title) body = body.slice(repeated[0].length);
  return {
    title,
    url: canonical,
    date: isoDate(article.publishedTime ?? published),
    source: htmlToText(article.siteName ?? "") || null,
    author: htmlToText(article.byline ?? "").replace(/^by\s+/i, "") || null,
    summary: description ? htmlToText(description) || null : null,
    body,
  };
}
