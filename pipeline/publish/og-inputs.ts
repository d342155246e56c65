import { createHash } from "node:crypto";
import type { ArticleSummary } from "../../src/schema/article";
import type { EntityType } from "../../src/schema/entity";
import { TOPIC_LABELS } from "../../src/schema/topics";

/** Bump when the card's layout or the rendering libraries change, so cached images are rendered again. */
export const OG_RENDERER_VERSION = 1;

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Everything a preview image shows, and nothing else: it is also the image's cache key. */
export type OgImageInputs = ArticleOgInputs | { kind: "site"; title: string; tagline: string };

export interface ArticleOgInputs {
  kind: "article";
  title: string;
  source: string | null;
  /** As shown, e.g. "2 March 2025". */
  date: string | null;
  topic: string | null;
  entities: { name: string; type: EntityType }[];
}

// Same format as the app (src/lib/format.ts): UTC, so the image shows the date the page shows.
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** Up to four key entities fit on one row of the card. */
const MAX_ENTITIES = 4;

export function articleOgInputs(article: ArticleSummary): ArticleOgInputs {
  const [primary] = article.topics;
  return {
    kind: "article",
    title: article.title,
    source: article.source,
    date: article.date === null ? null : dateFormat.format(new Date(article.date)),
    topic: primary ? TOPIC_LABELS[primary] : null,
    entities: article.entities.slice(0, MAX_ENTITIES).map(({ name, type }) => ({ name, type })),
  };
}

export const SITE_OG_INPUTS: OgImageInputs = {
  kind: "site",
  title: "Lede",
  tagline: "News that shows, at a glance, who and what each story is about.",
};

/** The cache key: the renderer version, the fonts' bytes (as a digest) and the inputs. */
export function ogCacheKey(inputs: OgImageInputs, fontsDigest: string): string {
  return createHash("sha256")
    .update(JSON.stringify({ version: OG_RENDERER_VERSION, fonts: fontsDigest, inputs }))
    .digest("hex")
    .slice(0, 32);
}
