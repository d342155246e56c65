import { XMLBuilder } from "fast-xml-parser";
import { paths } from "../../src/lib/paths";
import { siteHref } from "./site-url";

/**
 * The page a prerendered file serves, from its path inside the client folder (`/`-separated): React Router writes
 * each page as `<path>/index.html`. Anything else (the SPA fallback, assets) is not a page.
 */
export function pagePathOf(file: string): string | null {
  if (file === "index.html") return "/";
  if (!file.endsWith("/index.html")) return null;
  return `/${file.slice(0, -"/index.html".length)}`;
}

/** The sitemap protocol requires absolute URLs, so it needs the site URL. Sorted, so rebuilds are identical. */
export function sitemapXml(siteUrl: string, pagePaths: readonly string[]): string {
  const urls = [...new Set(pagePaths)].sort().map((path) => ({ loc: encodeURI(siteHref(siteUrl, path)) }));
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true });
  return builder.build({
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    urlset: { "@_xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9", url: urls },
  });
}

/** Everything may be crawled; the sitemap is announced when there is one. */
export function robotsTxt(siteUrl: string | null): string {
  const lines = ["User-agent: *", "Allow: /"];
  if (siteUrl) lines.push("", `Sitemap: ${siteHref(siteUrl, paths.sitemap)}`);
  return `${lines.join("\n")}\n`;
}
