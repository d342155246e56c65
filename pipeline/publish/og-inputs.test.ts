import { describe, expect, it } from "vitest";
import { headlineSize } from "./og-card";
import { articleOgInputs, ogCacheKey, SITE_OG_INPUTS } from "./og-inputs";
import { summary } from "./test-articles";

describe("articleOgInputs", () => {
  it("shows headline, source, the date as the app shows it, the primary topic and up to four entities", () => {
    const entities = ["A", "B", "C", "D", "E"].map((n) => ({ id: `person:${n}`, name: n, type: "person" as const }));
    expect(articleOgInputs(summary({ entities }))).toEqual({
      kind: "article",
      title: "The River Rises",
      source: "The Courier",
      date: "2 March 2025",
      topic: "Weather",
      entities: entities.slice(0, 4).map(({ name, type }) => ({ name, type })),
    });
  });

  it("shows a timestamp's UTC calendar date, and nothing for an undated article", () => {
    expect(articleOgInputs(summary({ date: "2025-03-02T23:30:00-05:00" })).date).toBe("3 March 2025");
    expect(articleOgInputs(summary({ date: null })).date).toBeNull();
  });
});

describe("ogCacheKey", () => {
  const inputs = articleOgInputs(summary());

  it("is stable for the same inputs and fonts", () => {
    expect(ogCacheKey(inputs, "fonts-1")).toBe(ogCacheKey(articleOgInputs(summary()), "fonts-1"));
    expect(ogCacheKey(inputs, "fonts-1")).toMatch(/^[0-9a-f]{32}$/);
  });

  it("changes with anything the image shows, and with the fonts", () => {
    const key = ogCacheKey(inputs, "fonts-1");
    expect(ogCacheKey(articleOgInputs(summary({ title: "The River Falls" })), "fonts-1")).not.toBe(key);
    expect(ogCacheKey(articleOgInputs(summary({ source: null })), "fonts-1")).not.toBe(key);
    expect(ogCacheKey(inputs, "fonts-2")).not.toBe(key);
    expect(ogCacheKey(SITE_OG_INPUTS, "fonts-1")).not.toBe(key);
  });

  it("ignores what the image does not show", () => {
    const key = ogCacheKey(inputs, "fonts-1");
    expect(ogCacheKey(articleOgInputs(summary({ summary: "Other words.", wordCount: 999 })), "fonts-1")).toBe(key);
  });
});

describe("headlineSize", () => {
  it("shrinks as headlines grow", () => {
    const sizes = [20, 70, 110, 180].map((n) => headlineSize("x".repeat(n)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBe(4);
  });
});
