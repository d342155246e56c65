import { describe, expect, it } from "vitest";
import { slugOrHash, slugify } from "./slugify";

describe("slugify", () => {
  it("makes lowercase ASCII slugs, stripping diacritics and apostrophes", () => {
    expect(slugify('Putin Invited the US "Exchanging Non-Interference Guarantees"')).toBe(
      "putin-invited-the-us-exchanging-non-interference-guarantees",
    );
    expect(slugify("Erdoğan’s café")).toBe("erdogans-cafe");
  });

  it("cuts long slugs at a word boundary", () => {
    const slug = slugify("word ".repeat(40), 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug.endsWith("-")).toBe(false);
  });

  it("gives text without ASCII letters a stable slug", () => {
    expect(slugOrHash("Путин")).toMatch(/^u[a-z0-9]+$/);
    expect(slugOrHash("Путин")).toBe(slugOrHash("Путин"));
    expect(slugOrHash("Путин")).not.toBe(slugOrHash("Москва"));
  });
});
