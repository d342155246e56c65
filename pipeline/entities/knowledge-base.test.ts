import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase, parseKnowledgeBase } from "./knowledge-base";

const errorOf = (text: string) => {
  try {
    parseKnowledgeBase(text, "kb.yaml");
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error("expected the knowledge base to be rejected");
};

describe("parseKnowledgeBase", () => {
  it("parses entries with defaults", () => {
    const kb = parseKnowledgeBase(
      "entities:\n  - id: person:vladimir-putin\n    type: person\n    name: Vladimir Putin\n    wikidata: Q7747\n",
      "kb.yaml",
    );
    expect(kb).toEqual({
      entities: [
        {
          id: "person:vladimir-putin",
          type: "person",
          name: "Vladimir Putin",
          aliases: [],
          wikidata: "Q7747",
        },
      ],
      suppress: [],
    });
  });

  it("treats an empty file as an empty knowledge base", () => {
    expect(parseKnowledgeBase("", "kb.yaml")).toEqual({
      entities: [],
      suppress: [],
    });
  });

  it("reports invalid YAML with its line", () => {
    expect(errorOf("entities:\n  - id: person:a\n    name: [oops\n")).toMatch(/^kb\.yaml:\d+: invalid YAML: /);
  });

  it("reports invalid YAML at the line the parser stopped on, not line 1", () => {
    const text = "entities:\n  - id: person:ann-lee\n    type: person\n    name: Ann Lee\n  - id: [oops";
    expect(errorOf(text)).toMatch(/^kb\.yaml:5: invalid YAML: /);
    const quote = 'entities:\n  - id: person:a\n    type: person\n    name: "Ann\n  - id: person:b';
    expect(errorOf(quote)).toMatch(/^kb\.yaml:5: invalid YAML: Missing closing "quote/);
  });

  it("reports schema violations at the offending line", () => {
    const text = [
      "entities:", // 1
      "  - id: person:a", // 2
      "    type: person", // 3
      "    name: A", // 4
      "  - id: Place:b", // 5
      "    type: place", // 6
      "    name: B", // 7
      "    wikidata: 42", // 8
      "  - id: place:c", // 9
      "    type: person", // 10
      "    name: C", // 11
    ].join("\n");
    const lines = errorOf(text).split("\n");
    expect(lines).toContainEqual(expect.stringMatching(/^kb\.yaml:5: entities\.1\.id: /));
    expect(lines).toContainEqual(expect.stringMatching(/^kb\.yaml:8: entities\.1\.wikidata: /));
    expect(lines).toContainEqual("kb.yaml:9: entities.2.id: id must start with its type, e.g. person:");
  });

  it("points a missing key at its entry", () => {
    expect(errorOf("entities:\n  - id: person:a\n    type: person\n")).toMatch(/^kb\.yaml:2: entities\.0\.name: /);
  });

  it("rejects duplicate ids and aliases claimed twice", () => {
    const text = [
      "entities:",
      "  - { id: place:georgia, type: place, name: Georgia }",
      "  - { id: place:georgia, type: place, name: Georgia (country) }",
      "  - id: place:us-georgia",
      "    type: place",
      "    name: Georgia (US state)",
      "    aliases: [Peach State, Georgia]",
    ].join("\n");
    expect(errorOf(text).split("\n")).toEqual([
      'kb.yaml:3: duplicate id "place:georgia" (first at entity 1)',
      'kb.yaml:7: "Georgia" is already claimed by place:georgia',
    ]);
  });

  it("treats 'The X' and 'X' as the same organisation form", () => {
    const text = [
      "entities:",
      "  - { id: organization:post, type: organization, name: The Post }",
      "  - { id: organization:other, type: organization, name: Other, aliases: [Post] }",
    ].join("\n");
    expect(errorOf(text)).toBe('kb.yaml:3: "Post" is already claimed by organization:post');
  });
});

describe("loadKnowledgeBase", () => {
  it("returns an empty knowledge base for a missing file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lede-kb-"));
    expect(await loadKnowledgeBase(join(dir, "missing.yaml"))).toEqual({
      entities: [],
      suppress: [],
    });
  });

  it("labels errors with the file path", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lede-kb-"));
    const file = join(dir, "entities.yaml");
    await writeFile(file, "suppress: [1, 2\n");
    await expect(loadKnowledgeBase(file)).rejects.toThrow(`${file}:`);
  });

  it("reports a file it cannot read as path:1: reason", async () => {
    // A folder where the file should be fails for real, even for root (who reads any file whatever its mode).
    const dir = await mkdtemp(join(tmpdir(), "lede-kb-"));
    const file = join(dir, "entities.yaml");
    await mkdir(file);
    await expect(loadKnowledgeBase(file, "content/entities.yaml")).rejects.toThrow(
      /^content\/entities\.yaml:1: cannot be read \(EISDIR\)$/,
    );
  });

  it("loads the bundled starter knowledge base", async () => {
    const kb = await loadKnowledgeBase(new URL("../../content/entities.yaml", import.meta.url).pathname);
    expect(kb.entities.map((e) => e.id)).toContain("person:vladimir-putin");
  });
});
