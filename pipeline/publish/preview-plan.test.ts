import { describe, expect, it } from "vitest";
import { choosePreviewImages } from "./preview-plan";
import { summary } from "./test-articles";

const articles = ["a", "b", "c", "d"].map((slug) => summary({ slug }));

describe("choosePreviewImages", () => {
  it("takes the newest `limit` articles and any other already rendered", () => {
    const chosen = choosePreviewImages(articles, 2, (article) => article.slug === "d");
    expect([...chosen].sort()).toEqual(["a", "b", "d"]);
  });

  it("takes none with a limit of 0 and nothing cached", () => {
    expect(choosePreviewImages(articles, 0, () => false).size).toBe(0);
  });
});
