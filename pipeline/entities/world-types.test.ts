import { describe, expect, it } from "vitest";
import type { Candidate } from "./candidate";
import { loadWorldKnowledge } from "./world-knowledge";
import { applyWorldTypes, isCommonNounName } from "./world-types";

const world = loadWorldKnowledge();

describe("isCommonNounName", () => {
  it.each(["DVD", "PC", "Christmas", "Lord Chancellor", "Hurricane Ivan", "Operation Iraqi Freedom"])(
    "%s is not a person, organisation or place",
    (name) => expect(isCommonNounName(name, world)).toBe(true),
  );
  it.each(["Microsoft", "United States", "London", "Tony Blair", "Xerox", "Storm"])("%s may be one", (name) =>
    expect(isCommonNounName(name, world)).toBe(false),
  );
});

describe("applyWorldTypes", () => {
  const text = "US officials met EU envoys and Jordan scored before Christmas with a DVD.";
  const at = (word: string, type: Candidate["type"], source: Candidate["source"] = "model"): Candidate => {
    const start = text.indexOf(word);
    return { block: 0, start, end: start + word.length, type, source };
  };
  const surfaceAndType = (cs: Candidate[]) => cs.map((c) => `${text.slice(c.start, c.end)}:${c.type}`);

  it("types countries taken for organisations and organisations taken for places by knowledge", () => {
    expect(surfaceAndType(applyWorldTypes([text], [at("US", "organization"), at("EU", "place")], world))).toEqual([
      "US:place",
      "EU:organization",
    ]);
  });

  it("leaves people, the editor's matches and groups as they are", () => {
    expect(
      surfaceAndType(
        applyWorldTypes([text], [at("Jordan", "person"), at("US", "organization", "kb"), at("EU", "group")], world),
      ),
    ).toEqual(["Jordan:person", "US:organization", "EU:group"]);
  });

  it("reads a place ending in an industry word as the company", () => {
    const shares = "Shares in Halvorsen Semiconductor rose.";
    const start = shares.indexOf("Halvorsen");
    const found = applyWorldTypes(
      [shares],
      [{ block: 0, start, end: start + "Halvorsen Semiconductor".length, type: "place", source: "model" }],
      world,
    );
    expect(found.map((c) => c.type)).toEqual(["organization"]);
  });

  it("drops a plural common noun opening a sentence that the tagger took for a person", () => {
    const texts = [
      "Patients should book now. Clinics will open longer hours.",
      "Marshall Mathers spoke. Mathers left.",
    ];
    const person = (block: number, word: string, from = 0): Candidate => {
      const start = texts[block]!.indexOf(word, from);
      return { block, start, end: start + word.length, type: "person", source: "model" };
    };
    const kept = applyWorldTypes(
      texts,
      [person(0, "Clinics"), person(1, "Marshall Mathers"), person(1, "Mathers", 20)],
      world,
    );
    expect(kept.map((c) => texts[c.block]!.slice(c.start, c.end))).toEqual(["Marshall Mathers", "Mathers"]);
  });

  it("drops common-noun names", () => {
    expect(
      surfaceAndType(applyWorldTypes([text], [at("Christmas", "place"), at("DVD", "organization")], world)),
    ).toEqual([]);
  });
});
