import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEntityExtractor } from "./extract";
import { parseKnowledgeBase } from "./knowledge-base";

const extractor = createEntityExtractor({
  knowledgeBase: parseKnowledgeBase(
    "entities:\n  - { id: place:united-states, type: place, name: United States, aliases: [US, U.S.] }\n",
    "kb.yaml",
  ),
});

// Name-like words make the detectors fire; emoji and astral letters put surrogate pairs next to them.
const word = fc.oneof(
  fc.constantFrom(
    "Vladimir",
    "Putin",
    "the",
    "The",
    "Kremlin's",
    "U.S.",
    "United",
    "States",
    "Party",
    "Agency",
    "of",
    "(GRU)",
    "GRU",
    "Russian",
    "Friday",
    "2019",
    "March",
    "3,",
    "this",
    "year",
    "President",
    "😀",
    "𝒜",
    "👩‍👩‍👧",
    "é",
    "-",
    ",",
    ".",
    "’s",
    "\u00a0",
    "\n",
    "",
  ),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.string({ unit: "binary", maxLength: 4 }),
);
const text = fc.array(word, { maxLength: 30 }).map((words) => words.join(" "));

describe("extract (property)", () => {
  it("returns sorted, in-range, non-overlapping, trimmed, non-empty mentions", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (blocks) => {
        const { entities, mentions } = extractor.extract(blocks);
        const ids = new Set(entities.map((e) => e.id));
        mentions.forEach((m, i) => {
          const blockText = blocks[m.block];
          expect(blockText).toBeDefined();
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(blockText!.length);
          const slice = blockText!.slice(m.start, m.end);
          expect(slice.length).toBeGreaterThan(0);
          expect(slice).toBe(slice.trim());
          expect(ids.has(m.entityId)).toBe(true);
          const prev = mentions[i - 1];
          if (prev) expect(prev.block < m.block || (prev.block === m.block && prev.end <= m.start)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
