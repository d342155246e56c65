import { describe, expect, it } from "vitest";
import { selfTrainLabels } from "./self-train";

const WORLD = ["politics", "conflict-war-peace", "crime-law-justice", "disaster-accident-emergency"] as const;

describe("selfTrainLabels", () => {
  it("relabels a confident arts story whatever its label, and leaves the others alone", () => {
    const items = [
      {
        title: "Film star wins Oscar for best actress",
        text: "The actress thanked the director; the movie also won best picture and its soundtrack album topped the chart.",
        topics: ["economy-business-finance"] as const,
      },
      {
        title: "Parliament votes on election law",
        text: "MPs voted; the prime minister said the election would go ahead.",
        topics: WORLD,
      },
      { title: "Talks continue", text: "Officials met again on Tuesday.", topics: WORLD },
    ];
    const [film, vote, vague] = selfTrainLabels(items);
    expect(film!.topics).toEqual(["arts-culture-entertainment"]);
    expect(vote).toBe(items[1]);
    expect(vague).toBe(items[2]);
  });

  it("does not take the media business for arts: a studio's flotation keeps its label", () => {
    const item = {
      title: "Hollywood animation studio sets terms of flotation",
      text: "The entertainment studio behind the animated blockbusters, whose television and DVD divisions grew, set the terms of its share offering for Hollywood investors.",
      topics: ["economy-business-finance"] as const,
    };
    expect(selfTrainLabels([item])[0]).toBe(item);
  });
});
