import { describe, expect, it } from "vitest";
import type { EntityTable } from "../../src/schema/entity";
import { metaHtml, PLACEHOLDERS, unrenderedPages } from "./unrendered-pages";

const entity = (id: string, name: string, articleCount: number) => ({
  id,
  name,
  type: "person" as const,
  mentionCount: articleCount * 2,
  articleCount,
  description: null,
});

describe("unrenderedPages", () => {
  const table = {
    entities: [entity("person:ada", "Ada", 3), entity("person:bo", "Bo <B>", 1)],
  } as unknown as EntityTable;

  it("lists each entity page that is not prerendered with the title and description its page would have", () => {
    const out = unrenderedPages(table, new Set(["/entities/person:ada"]), "https://news.example.org");
    expect(Object.keys(out.pages)).toEqual(["/entities/person:bo"]);
    expect(out.pages["/entities/person:bo"]).toEqual(["Bo <B>", "Bo <B>: Person. Mentioned 2 times in 1 article."]);
  });

  it("has a head template with the placeholders where the page's title, description and URL go", () => {
    const { template } = unrenderedPages(table, new Set(), "https://news.example.org");
    expect(template).toContain(`<title>${PLACEHOLDERS.title} · Lede</title>`);
    expect(template).toContain(`<meta name="description" content="${PLACEHOLDERS.description}"/>`);
    expect(template).toContain(`<link rel="canonical" href="https://news.example.org${PLACEHOLDERS.path}"/>`);
    expect(template).toContain(`<meta property="og:title" content="${PLACEHOLDERS.title}"/>`);
  });
});

describe("metaHtml", () => {
  it("escapes what could end an attribute or open a tag", () => {
    expect(metaHtml([{ name: "description", content: `a "b" <c> & d` }])).toBe(
      '<meta name="description" content="a &quot;b&quot; &lt;c&gt; &amp; d"/>',
    );
  });
});
