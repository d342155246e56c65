import { describe, expect, it } from "vitest";
import { initials, isAcronym, nameKey, singular, singularKey } from "./name-key";

describe("nameKey", () => {
  it.each([
    ["U.S.", "US"],
    ["U.S.A.", "USA"],
    ["the Kremlin", "Kremlin"],
    ["Britain’s", "Britain"],
    ["European   Union", "European Union"],
  ])("%s -> %s", (name, key) => expect(nameKey(name)).toBe(key));

  it("keeps case, which tells names from words", () => expect(nameKey("US")).not.toBe(nameKey("us")));
});

describe("singular", () => {
  it.each([
    ["Tories", "Tory"],
    ["Dems", "Dem"],
    ["Democrats", "Democrat"],
    ["Tory", "Tory"],
    ["Paris", "Paris"],
    ["Texas", "Texas"],
    ["Congress", "Congress"],
    ["Venus", "Venus"],
  ])("%s -> %s", (word, one) => expect(singular(word)).toBe(one));

  it("works on a name's last word", () => expect(singularKey("Liberal Democrats")).toBe("Liberal Democrat"));
});

describe("initials and acronyms", () => {
  it("spells the initials of a name's capitalised words", () => {
    expect(initials("European Union")).toBe("EU");
    expect(initials("Organisation of the Petroleum Exporting Countries")).toBe("OPEC");
    expect(initials("Blair")).toBeUndefined();
    expect(initials("US Steel")).toBe("USS");
    expect(initials("Bank of england")).toBeUndefined();
  });
  it("tells acronyms", () => {
    expect(isAcronym("EU")).toBe(true);
    expect(isAcronym("U.S.")).toBe(true);
    expect(isAcronym("Blair")).toBe(false);
    expect(isAcronym("NATO")).toBe(true);
    expect(isAcronym("A")).toBe(false);
  });
});
