import { describe, expect, it, vi } from "vitest";
import type { AssignedTopics } from "../topics/classify";
import { resolveTopics } from "./resolve-topics";

describe("resolveTopics", () => {
  it("uses the author's IPTC topics in their order and keeps the rest as tags; never asks the classifier", () => {
    const classify = vi.fn((): AssignedTopics => ({ topics: ["sport"], scores: [0.9] }));
    expect(resolveTopics(["Science & Technology", "space", "politics", "science-technology"], classify)).toEqual({
      topics: ["science-technology", "politics"],
      tags: ["space"],
    });
    expect(classify).not.toHaveBeenCalled();
  });

  it("asks the classifier when the author named no IPTC topic, keeping their tags and its scores", () => {
    expect(resolveTopics(["space"], () => ({ topics: ["science-technology"], scores: [0.8] }))).toEqual({
      topics: ["science-technology"],
      topicScores: [0.8],
      tags: ["space"],
    });
    expect(resolveTopics(null, () => ({ topics: ["health", "society"], scores: [0.7, 0.3] }))).toEqual({
      topics: ["health", "society"],
      topicScores: [0.7, 0.3],
      tags: [],
    });
  });
});
