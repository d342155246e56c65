import { describe, expect, it, vi } from "vitest";
import { resolveTopics } from "./resolve-topics";

describe("resolveTopics", () => {
  it("uses the author's IPTC topics in their order and keeps the rest as tags; never asks the classifier", () => {
    const classify = vi.fn(() => ["sport" as const]);
    expect(resolveTopics(["Science & Technology", "space", "politics", "science-technology"], classify)).toEqual({
      topics: ["science-technology", "politics"],
      tags: ["space"],
    });
    expect(classify).not.toHaveBeenCalled();
  });

  it("asks the classifier when the author named no IPTC topic, keeping their tags", () => {
    expect(resolveTopics(["space"], () => ["science-technology"])).toEqual({
      topics: ["science-technology"],
      tags: ["space"],
    });
    expect(resolveTopics(null, () => ["health"])).toEqual({ topics: ["health"], tags: [] });
  });
});
