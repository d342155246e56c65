import type { MetaDescriptor } from "react-router";
import { z } from "zod/mini";
import { paths } from "./paths";

/**
 * The site's origin (`https://news.example.org`), or "" when SITE_URL is unset: then every URL below is
 * root-relative. vite.config.ts validates SITE_URL and inlines it, so prerendering and the browser agree.
 */
export const SITE_URL: string = z
  .catch(z.string(), "")
  // Outside Vite (the build's own Node code, which passes its site URL explicitly) there is no import.meta.env.
  .parse(typeof import.meta.env === "undefined" ? "" : import.meta.env.SITE_URL);

export const SITE_NAME = "Lede";

export const OG_IMAGE = { width: 1200, height: 630 } as const;

export function absoluteUrl(path: string, siteUrl: string = SITE_URL): string {
  return `${siteUrl}${path}`;
}

export interface PageMeta {
  /** Root-relative, from `paths`: the canonical URL and og:url. */
  path: string;
  /** The page's own title (og:title); the document title adds " · Lede" unless `documentTitle` says otherwise. */
  title: string;
  documentTitle?: string;
  description: string;
  type: "website" | "article" | "profile";
  /** A preview image (1200x630); the site's default image when absent. */
  image?: { path: string; alt: string };
  article?: { publishedTime: string | null; section: string | null; tags: readonly string[] };
  /** Atom feeds to announce besides the site's own (root.tsx links that one). */
  feeds?: readonly { title: string; path: string }[];
}

/** Title, description, canonical link, Open Graph and Twitter card tags for one page. */
export function pageMeta(page: PageMeta, siteUrl: string = SITE_URL): MetaDescriptor[] {
  const url = absoluteUrl(page.path, siteUrl);
  const image = page.image ?? {
    path: paths.defaultOgImage,
    alt: `${SITE_NAME}: who and what each story is about`,
  };
  const imageUrl = absoluteUrl(image.path, siteUrl);
  const article = page.article;
  return [
    { title: page.documentTitle ?? `${page.title} · ${SITE_NAME}` },
    { name: "description", content: page.description },
    { tagName: "link", rel: "canonical", href: url },
    ...(page.feeds ?? []).map((feed) => ({
      tagName: "link",
      rel: "alternate",
      type: "application/atom+xml",
      title: feed.title,
      href: absoluteUrl(feed.path, siteUrl),
    })),
    { property: "og:site_name", content: SITE_NAME },
    { property: "og:type", content: page.type },
    { property: "og:title", content: page.title },
    { property: "og:description", content: page.description },
    { property: "og:url", content: url },
    { property: "og:image", content: imageUrl },
    { property: "og:image:type", content: "image/png" },
    { property: "og:image:width", content: String(OG_IMAGE.width) },
    { property: "og:image:height", content: String(OG_IMAGE.height) },
    { property: "og:image:alt", content: image.alt },
    ...(article?.publishedTime ? [{ property: "article:published_time", content: article.publishedTime }] : []),
    ...(article?.section ? [{ property: "article:section", content: article.section }] : []),
    ...(article?.tags ?? []).map((tag) => ({ property: "article:tag", content: tag })),
    { name: "twitter:card", content: "summary_large_image" },
    { name: "twitter:title", content: page.title },
    { name: "twitter:description", content: page.description },
    { name: "twitter:image", content: imageUrl },
    { name: "twitter:image:alt", content: image.alt },
  ];
}

/** For a route whose data did not load: a title, kept out of search results. */
export function notFoundMeta(title: string): MetaDescriptor[] {
  return [{ title: `${title} · ${SITE_NAME}` }, { name: "robots", content: "noindex" }];
}
