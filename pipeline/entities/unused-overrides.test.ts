import { describe, expect, it } from "vitest";
import { parseKnowledgeBase } from "./knowledge-base";
import { unusedOverrides } from "./unused-overrides";

const kb = parseKnowledgeBase(
  [
    "entities:",
    "  - { id: person:ada-lovelace, type: person, name: Ada Lovelace }",
    "  - { id: place:atlantis, type: place, name: Atlantis }",
    "suppress: [Breaking News, Nowhere Else]",
  ].join("\n"),
  "entities.yaml",
);

describe("unusedOverrides", () => {
  it("names each entry and suppression that matched nothing", () => {
    expect(
      unusedOverrides(kb, new Set(["person:ada-lovelace"]), () => ["Breaking News: Ada Lovelace", "Nowhere Elsewhere"]),
    ).toEqual(['entity place:atlantis ("Atlantis") matched no article', 'suppress "Nowhere Else" matched no article']);
  });

  it("says nothing when everything was used", () => {
    expect(
      unusedOverrides(kb, new Set(["person:ada-lovelace", "place:atlantis"]), () => ["Breaking News", "Nowhere Else"]),
    ).toEqual([]);
  });
});
