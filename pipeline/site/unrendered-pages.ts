/**
 * Pages that work but are not prerendered (entities in fewer than LEDE_ENTITY_MIN_ARTICLES articles: tens of
 * thousands in a large collection) still answer 200 with their own title and preview tags: `npm run build` writes
 * `lede-pages.json` beside `client/`, and the server puts the page's tags into the SPA shell it sends
 * (scripts/server/site-handler.mjs). The tags are React Router's own meta for the page, rendered once with
 * placeholders, so they match what a prerendered entity page carries.
 */
import type { MetaDescriptor } from "react-router";
import { entityHead } from "../../src/lib/entity-head";
import { paths } from "../../src/lib/paths";
import { pageMeta } from "../../src/lib/site-meta";
import type { EntityTable } from "../../src/schema/entity";

export const UNRENDERED_PAGES_FILE = "lede-pages.json";

/** Replaced, HTML-escaped, by the server (scripts/server/site-handler.mjs). */
export const PLACEHOLDERS = {
  title: "LEDE-PAGE-TITLE",
  description: "LEDE-PAGE-DESCRIPTION",
  path: "LEDE-PAGE-PATH",
} as const;

export interface UnrenderedPages {
  version: 1;
  /** The head tags of one such page, with the placeholders above. */
  template: string;
  /** By path (as `paths` writes it): [title, description]. */
  pages: Record<string, [string, string]>;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Head tags as React Router's `<Meta>` writes them, for the descriptors `pageMeta` makes. */
export function metaHtml(descriptors: readonly MetaDescriptor[]): string {
  return descriptors
    .map((descriptor) => {
      const entries = Object.entries(descriptor as Record<string, unknown>).filter(
        ([, value]) => typeof value === "string",
      ) as [string, string][];
      if ("title" in descriptor && typeof descriptor.title === "string") {
        return `<title>${escapeAttribute(descriptor.title)}</title>`;
      }
      const tag = "tagName" in descriptor && descriptor.tagName === "link" ? "link" : "meta";
      const attributes = entries
        .filter(([name]) => name !== "tagName")
        .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
        .join("");
      return `<${tag}${attributes}/>`;
    })
    .join("");
}

export function unrenderedPages(
  entities: EntityTable,
  prerendered: ReadonlySet<string>,
  siteUrl: string | null,
): UnrenderedPages {
  const template = metaHtml(
    pageMeta(
      { path: PLACEHOLDERS.path, title: PLACEHOLDERS.title, description: PLACEHOLDERS.description, type: "profile" },
      siteUrl ?? "",
    ),
  );
  const pages: Record<string, [string, string]> = {};
  for (const entity of entities.entities) {
    const page = paths.entity(entity.id);
    if (prerendered.has(page)) continue;
    const { title, description } = entityHead(entity);
    pages[page] = [title, description];
  }
  return { version: 1, template, pages };
}
