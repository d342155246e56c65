import { describe, expect, it } from "vitest";
import type { Candidate } from "./candidate";
import { consistentTypes } from "./consistent-types";

const at = (text: string, word: string, type: Candidate["type"], from = 0): Candidate => {
  const start = text.indexOf(word, from);
  return { block: 0, start, end: start + word.length, type, source: "model" };
};

describe("consistentTypes", () => {
  const text = "Yevgeny Prigozhin spoke. Critics of Prigozhin met in Moscow.";

  it("makes a lone surname of a full name a person, whatever the tagger said", () => {
    const out = consistentTypes([text], [at(text, "Yevgeny Prigozhin", "person"), at(text, "Prigozhin", "place", 20)]);
    expect(out.map((c) => c.type)).toEqual(["person", "person"]);
  });

  it("leaves other names, and knowledge-base matches, as they were", () => {
    const kb: Candidate = { ...at(text, "Prigozhin", "organization", 20), source: "kb" };
    const out = consistentTypes([text], [at(text, "Yevgeny Prigozhin", "person"), kb, at(text, "Moscow", "place")]);
    expect(out.map((c) => c.type)).toEqual(["person", "organization", "place"]);
  });
});
