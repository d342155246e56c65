import { describe, expect, it } from "vitest";
import { SCORE_TOKEN, tokenize } from "./tokenize";

describe("tokenize", () => {
  it("lower-cases and keeps accented words whole", () => {
    expect(tokenize("Élysée Palace: Zürich, São Paulo")).toEqual(["élysée", "palace", "zürich", "são", "paulo"]);
  });

  it("drops possessives and inner apostrophes", () => {
    expect(tokenize("The Kremlin's site, don’t")).toEqual(["the", "kremlin", "site", "dont"]);
  });

  it("turns game scores into one token but leaves ranges and phone numbers alone", () => {
    expect(tokenize("won 3-1 and 70–63")).toEqual(["won", SCORE_TOKEN, "and", SCORE_TOKEN]);
    expect(tokenize("up 5-10% in 2004-05, call 1-800-555")).not.toContain(SCORE_TOKEN);
  });

  it("reads lower-case labour as the common noun and capitalised Labour as the party", () => {
    expect(tokenize("Labour wins; the labour union and labour costs")).toEqual([
      "labour",
      "wins",
      "the",
      "labor",
      "union",
      "and",
      "labor",
      "costs",
    ]);
  });
});
