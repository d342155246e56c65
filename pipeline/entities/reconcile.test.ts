import { describe, expect, it } from "vitest";
import type { DocumentEntities } from "./document-entities";
import { reconcileAcrossDocuments } from "./reconcile";

const doc = (...people: Array<[string, string]>): DocumentEntities => ({
  entities: people.map(([id, name]) => ({ id, name, type: "person" })),
  mentions: people.map(([id], i) => ({
    block: 0,
    start: i * 10,
    end: i * 10 + 5,
    entityId: id,
  })),
});

describe("reconcileAcrossDocuments", () => {
  it("rewrites a surname-only person to the one full name in the bundle", () => {
    const [a, b] = reconcileAcrossDocuments([
      doc(["person:vladimir-putin", "Vladimir Putin"]),
      doc(["person:putin", "Putin"]),
    ]);
    expect(a).toEqual(doc(["person:vladimir-putin", "Vladimir Putin"]));
    expect(b!.entities).toEqual([{ id: "person:vladimir-putin", name: "Vladimir Putin", type: "person" }]);
    expect(b!.mentions.map((m) => m.entityId)).toEqual(["person:vladimir-putin"]);
  });

  it("merges the rewritten entity with the full one already in the document", () => {
    const [only] = reconcileAcrossDocuments([
      doc(["person:putin", "Putin"], ["person:vladimir-putin", "Vladimir Putin"]),
    ]);
    expect(only!.entities.map((e) => e.id)).toEqual(["person:vladimir-putin"]);
    expect(only!.mentions.map((m) => m.entityId)).toEqual(["person:vladimir-putin", "person:vladimir-putin"]);
  });

  it("leaves an ambiguous surname alone", () => {
    const docs = [
      doc(["person:bill-clinton", "Bill Clinton"]),
      doc(["person:hillary-clinton", "Hillary Clinton"]),
      doc(["person:clinton", "Clinton"]),
    ];
    expect(reconcileAcrossDocuments(docs)).toEqual(docs);
  });

  it("does not touch other types or unmatched names", () => {
    const docs: DocumentEntities[] = [
      doc(["person:vladimir-putin", "Vladimir Putin"]),
      {
        entities: [
          { id: "place:putin", name: "Putin", type: "place" },
          { id: "person:navalny", name: "Navalny", type: "person" },
        ],
        mentions: [],
      },
    ];
    expect(reconcileAcrossDocuments(docs)).toEqual(docs);
  });
});
