import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EntityType } from "../../src/schema/entity";
import { slugOrHash } from "../text/slugify";
import type { DocumentEntities } from "./document-entities";
import {
  noKnowledge,
  resolveCollection,
  type CollectionDocument,
  type CollectionKnowledge,
} from "./resolve-collection";

/**
 * An article made of entity mentions: each `[form, type, group?]` is one mention; mentions with the same group (or,
 * without one, the same form and type) are one entity of the article, named by its longest form.
 */
function article(...mentions: Array<[string, EntityType, string?]>): CollectionDocument {
  const text = mentions.map(([form]) => form).join(" | ");
  const entities = new Map<string, { id: string; name: string; type: EntityType }>();
  const out: DocumentEntities["mentions"] = [];
  let at = 0;
  for (const [form, type, group] of mentions) {
    const key = group ?? `${type}:${form}`;
    const seen = entities.get(key);
    const name = seen && seen.name.length >= form.length ? seen.name : form;
    const id = seen?.id ?? `${type}:${slugOrHash(key)}`;
    entities.set(key, { id, name, type });
    out.push({ block: 0, start: at, end: at + form.length, entityId: id });
    at += form.length + 3;
  }
  return { blocks: [text], entities: { entities: [...entities.values()], mentions: out } };
}

/** What each mention of each article ended up as: `form -> type:name (id)`. */
function outcome(docs: readonly CollectionDocument[], knowledge?: CollectionKnowledge): string[][] {
  return resolveCollection(docs, knowledge).map((doc, i) =>
    doc.mentions.map((m) => {
      const e = doc.entities.find((x) => x.id === m.entityId)!;
      return `${docs[i]!.blocks[0]!.slice(m.start, m.end)} -> ${e.type}:${e.name} (${e.id})`;
    }),
  );
}

const world: CollectionKnowledge = {
  curated: () => undefined,
  known: (form) =>
    ["US", "U.S.", "United States", "America", "USA"].includes(form)
      ? { id: "place:united-states", name: "United States", type: "place", kind: "country" }
      : form === "London"
        ? { id: "place:london", name: "London", type: "place", kind: "city" }
        : form === "Boston"
          ? { id: "place:boston", name: "Boston", type: "place", kind: "city" }
          : undefined,
};

describe("resolveCollection", () => {
  it("joins a country's names into the one place world knowledge knows, whatever type articles gave them", () => {
    const result = outcome(
      [article(["US", "organization"]), article(["United States", "place"]), article(["U.S.", "place"])],
      world,
    );
    expect(result.flat()).toEqual([
      "US -> place:United States (place:united-states)",
      "United States -> place:United States (place:united-states)",
      "U.S. -> place:United States (place:united-states)",
    ]);
  });

  it("an editor's entry wins over world knowledge", () => {
    const curated: CollectionKnowledge = {
      curated: (id) => (id === "place:usa" ? { id: "place:usa", name: "USA", type: "place" } : undefined),
      known: world.known,
    };
    const docs = [article(["USA", "place"]), article(["US", "place"])];
    docs[0]!.entities.entities[0]!.id = "place:usa";
    docs[0]!.entities.mentions[0]!.entityId = "place:usa";
    expect(outcome(docs, curated).flat()).toEqual([
      "USA -> place:USA (place:usa)",
      "US -> place:US (place:united-states)",
    ]);
  });

  it("a city is the place only where articles took it for one; the vote of the rest follows it", () => {
    expect(outcome([article(["London", "organization"]), article(["London", "place"])], world).flat()).toEqual([
      "London -> place:London (place:london)",
      "London -> place:London (place:london)",
    ]);
    expect(outcome([article(["London", "person"])], world).flat()).toEqual(["London -> person:London (person:london)"]);
  });

  it("gives a name the type most of its mentions have, across articles", () => {
    const result = outcome([
      article(["Chelsea", "organization"], ["Chelsea", "organization"]),
      article(["Chelsea", "person"]),
      article(["Chelsea", "organization"]),
    ]);
    expect(new Set(result.flat())).toEqual(new Set(["Chelsea -> organization:Chelsea (organization:chelsea)"]));
  });

  it("doubts a one-word 'person' that is no one's surname when articles also read it otherwise", () => {
    const chelsea = outcome([
      article(["Chelsea", "person"], ["Chelsea", "person"]),
      article(["Chelsea", "person"]),
      article(["Chelsea", "organization"]),
    ]);
    expect(new Set(chelsea.flat())).toEqual(new Set(["Chelsea -> organization:Chelsea (organization:chelsea)"]));
    // A surname stays a person.
    const blair = outcome([
      article(["Cherie Blair", "person"]),
      article(["Tony Blair", "person"]),
      article(["Blair", "person"], ["Blair", "person"]),
      article(["Blair", "place"]),
    ]);
    expect(blair[3]).toEqual(["Blair -> person:Blair (person:blair)"]);
  });

  it("does not take a first name alone for a person when no one in the collection has it in full", () => {
    const names: CollectionKnowledge = { ...noKnowledge, firstNameOnly: (w) => ["Chelsea", "Kylie"].includes(w) };
    const club = outcome(
      [article(["Chelsea", "person"], ["Chelsea", "person"]), article(["Chelsea", "person"])],
      names,
    );
    expect(new Set(club.flat())).toEqual(new Set(["Chelsea -> organization:Chelsea (organization:chelsea)"]));
    const singer = outcome([article(["Kylie Minogue", "person"]), article(["Kylie", "person"])], names);
    expect(singer[1]).toEqual(["Kylie -> person:Kylie (person:kylie)"]);
  });

  it("drops an everyday word that site chrome repeats around the same words, and nothing else", () => {
    const doc = (text: string): CollectionDocument => {
      const at = (form: string) => text.indexOf(form);
      return {
        blocks: [text],
        entities: {
          entities: [
            { id: "organization:acme", name: "Acme", type: "organization" },
            { id: "place:profile", name: "Profile", type: "place" },
          ],
          mentions: [
            { block: 0, start: at("Acme"), end: at("Acme") + 4, entityId: "organization:acme" },
            { block: 0, start: at("Profile"), end: at("Profile") + 7, entityId: "place:profile" },
          ],
        },
      };
    };
    const words: CollectionKnowledge = { ...noKnowledge, commonWord: (w) => w === "Profile" };
    const names = (docs: CollectionDocument[]) =>
      outcome(docs, words)
        .flat()
        .map((m) => m.split(" -> ")[0]);
    const chrome = Array.from({ length: 6 }, (_, i) => doc(`Acme (AC${i}.N: Quote, Profile, Research) rose ${i}%.`));
    expect(names(chrome)).toEqual(Array(6).fill("Acme"));
    // Said in sentences of its own, the same word stays: whatever it is, it is not chrome.
    const varied = Array.from({ length: 6 }, (_, i) => doc(`Acme ${"then ".repeat(i)}said Profile ${i} rose.`));
    expect(names(varied).filter((n) => n === "Profile")).toHaveLength(6);
  });

  it("lets an article keep its own type when it says so often and the collection is split", () => {
    const docs = [
      article(["Washington", "place"], ["Washington", "place"], ["Washington", "place"]),
      article(["Washington", "place"]),
      article(["Washington", "person"], ["Washington", "person"], ["Washington", "person"]),
      article(["Denzel Washington", "person"]),
    ];
    const result = outcome(docs);
    expect(result[0]![0]).toBe("Washington -> place:Washington (place:washington)");
    expect(result[2]![0]).toBe("Washington -> person:Washington (person:washington)");
    // One stray mention does not.
    expect(outcome([...docs.slice(0, 2), article(["Washington", "person"]), docs[3]!])[2]![0]).toBe(
      "Washington -> place:Washington (place:washington)",
    );
  });

  it("an acronym defined anywhere names its expansion everywhere", () => {
    const result = outcome([
      article(["European Union", "organization", "eu"], ["EU", "organization", "eu"]),
      article(["EU", "place"]),
    ]);
    expect(result[1]).toEqual(["EU -> organization:European Union (organization:european-union)"]);
  });

  it("an acronym defined as two things is left alone", () => {
    const result = outcome([
      article(["Personal Computer", "organization", "pc"], ["PC", "organization", "pc"]),
      article(["Police Constable", "organization", "pc"], ["PC", "organization", "pc"]),
      article(["PC", "organization"]),
    ]);
    expect(result[2]).toEqual(["PC -> organization:PC (organization:pc)"]);
  });

  it("joins parties with or without 'Party', groups singular and plural, and shortened names", () => {
    const result = outcome([
      article(["Labour Party", "organization"]),
      article(["Labour", "organization"]),
      article(["Tories", "group"], ["Tory", "group"]),
      article(["Liberal Democrats", "organization"]),
      article(["Lib Dems", "organization"]),
      article(["Lib Dem", "group"]),
    ]);
    const ids = result.map((doc) => doc.map((m) => m.replace(/^.* \((.*)\)$/u, "$1")));
    expect(ids[0]).toEqual(ids[1]);
    expect(new Set(ids[2])).toHaveProperty("size", 1);
    expect(new Set([...ids[3]!, ...ids[4]!, ...ids[5]!])).toHaveProperty("size", 1);
  });

  it("joins a company with and without its legal suffix", () => {
    const ids = outcome([
      article(["Microsoft Corp.", "organization"]),
      article(["Microsoft", "organization"]),
      article(["Microsoft Corporation", "organization"]),
    ]).flat();
    expect(new Set(ids.map((m) => m.split(" -> ")[1]))).toEqual(
      new Set(["organization:Microsoft (organization:microsoft)"]),
    );
  });

  it("joins a computer maker named with and without 'Computer'", () => {
    const ids = outcome([
      article(["Apple Computer", "organization"]),
      article(["Apple", "organization"]),
      article(["Apple Computer Inc.", "organization"]),
    ]).flat();
    expect(new Set(ids.map((m) => m.split(" -> ")[1]))).toHaveProperty("size", 1);
  });

  it("reads a one-word organisation as the one longer organisation it begins, in that article only", () => {
    const result = outcome([
      article(["Northgate Rovers", "organization"], ["Northgate", "organization"]),
      article(["Northgate", "organization"]),
    ]);
    expect(result[0]).toEqual([
      "Northgate Rovers -> organization:Northgate Rovers (organization:northgate-rovers)",
      "Northgate -> organization:Northgate Rovers (organization:northgate-rovers)",
    ]);
    expect(result[1]).toEqual(["Northgate -> organization:Northgate (organization:northgate)"]);
  });

  it("joins a team's short name to the one 'place + name' organisation the collection has", () => {
    const result = outcome(
      [
        article(["Boston Red Sox", "organization"]),
        article(["Red Sox", "organization"]),
        article(["Boston Red Sox", "organization"]),
      ],
      world,
    );
    expect(result[1]).toEqual(["Red Sox -> organization:Boston Red Sox (organization:boston-red-sox)"]);
  });

  it("prefers the world's name when articles use it, and theirs when they never do", () => {
    expect(
      outcome([article(["U.S.", "place"]), article(["U.S.", "place"]), article(["United States", "place"])], world)[0],
    ).toEqual(["U.S. -> place:United States (place:united-states)"]);
    expect(
      outcome([article(["U.S.", "place"]), article(["U.S.", "place"]), article(["USA", "place"])], world)[0],
    ).toEqual(["U.S. -> place:U.S. (place:united-states)"]);
  });

  it("joins a state's abbreviation to the one name it begins", () => {
    const result = outcome([
      article(["California", "place"]),
      article(["Calif.", "place"]),
      article(["California", "place"]),
    ]);
    expect(result[1]).toEqual(["Calif. -> place:California (place:california)"]);
  });

  it("joins a lone surname to the full name that dominates it in the collection", () => {
    const docs = [...Array.from({ length: 9 }, () => article(["Tony Blair", "person"])), article(["Blair", "person"])];
    expect(outcome(docs)[9]).toEqual(["Blair -> person:Tony Blair (person:tony-blair)"]);
    // With a second Blair named as often, "Blair" alone is ambiguous and stays as written.
    const ambiguous = [...docs, ...Array.from({ length: 3 }, () => article(["Cherie Blair", "person"]))];
    expect(outcome(ambiguous)[9]).toEqual(["Blair -> person:Blair (person:blair)"]);
  });

  it("prefers a name written out, in most articles, over a dateline's capitals", () => {
    const result = outcome([
      article(["NEW YORK", "place"]),
      article(["NEW YORK", "place"]),
      article(["New York", "place"]),
    ]);
    expect(new Set(result.flat().map((m) => m.split(" -> ")[1]))).toEqual(new Set(["place:New York (place:new-york)"]));
  });

  it("leaves dates alone", () => {
    expect(outcome([article(["March 2024", "date"])]).flat()).toEqual([
      "March 2024 -> date:March 2024 (date:date-march-2024)",
    ]);
  });
});

// Property tests over a small world of names that exercise every join.
const FORMS: Array<[string, EntityType]> = [
  ["US", "organization"],
  ["US", "place"],
  ["United States", "place"],
  ["European Union", "organization"],
  ["EU", "organization"],
  ["EU", "place"],
  ["Labour", "organization"],
  ["Labour Party", "organization"],
  ["Tory", "group"],
  ["Tories", "group"],
  ["Tony Blair", "person"],
  ["Cherie Blair", "person"],
  ["Blair", "person"],
  ["Blair", "place"],
  ["Chelsea", "person"],
  ["Chelsea", "organization"],
  ["London", "place"],
  ["London", "organization"],
  ["Lib Dems", "organization"],
  ["Liberal Democrats", "group"],
];
const mention = fc.constantFrom(...FORMS).map(([f, t]): [string, EntityType] => [f, t]);
const docArb = fc
  .array(fc.tuple(mention, fc.boolean()), { minLength: 1, maxLength: 6 })
  // A defined acronym: "European Union" and "EU" as one entity of the article when the flag says so.
  .map((ms) =>
    article(
      ...ms.map(([[f, t], joined]): [string, EntityType, string?] =>
        joined && (f === "EU" || f === "European Union") ? [f, t, "eu"] : [f, t],
      ),
    ),
  );
const collection = fc.array(docArb, { minLength: 1, maxLength: 12 });

describe("resolveCollection properties", () => {
  it("gives the same ids whatever the order of the articles", () => {
    fc.assert(
      fc.property(collection, fc.infiniteStream(fc.nat()), (docs, seeds) => {
        const order = docs.map((_, i) => i).sort((a, b) => ((seeds.next().value as number) % 7) - 3 || a - b);
        const shuffled = order.map((i) => docs[i]!);
        const straight = outcome(docs, world);
        const reordered = outcome(shuffled, world);
        expect(order.map((i) => straight[i])).toEqual(reordered);
      }),
    );
  });

  it("is idempotent: resolving its own output changes nothing", () => {
    fc.assert(
      fc.property(collection, (docs) => {
        const once = resolveCollection(docs, world);
        const again = resolveCollection(
          docs.map((d, i) => ({ blocks: d.blocks, entities: once[i]! })),
          world,
        );
        expect(again).toEqual(once);
      }),
    );
  });

  it("gives one name one type across the collection unless an article says otherwise twice", () => {
    fc.assert(
      fc.property(collection, (docs) => {
        const out = resolveCollection(docs, world);
        // An article that names an entity once always gives it the collection's type: only an article that says
        // otherwise twice keeps its own, and never for a name knowledge pins (a country).
        const once = new Map<string, Set<EntityType>>();
        for (const doc of out) {
          for (const e of doc.entities) {
            const mentions = doc.mentions.filter((m) => m.entityId === e.id).length;
            if (mentions < 2) once.set(e.name, (once.get(e.name) ?? new Set()).add(e.type));
            if (e.name === "United States") expect(e.type).toBe("place");
          }
        }
        for (const [name, seen] of once) expect(seen.size, name).toBe(1);
      }),
    );
  });

  it("an edit touches only the identities of the names it contains", () => {
    fc.assert(
      fc.property(collection, docArb, (docs, replacement) => {
        const before = resolveCollection(docs, world);
        const edited = [...docs.slice(0, -1), replacement];
        const after = resolveCollection(edited, world);
        const names = (d: CollectionDocument) => new Set(d.blocks[0]!.split(" | "));
        const touched = new Set([...names(docs.at(-1)!), ...names(replacement)]);
        // An article none of whose names the edit's names could join keeps every id it had.
        docs.slice(0, -1).forEach((doc, i) => {
          const joinable = [...names(doc)].some((n) => [...touched].some((t) => related(n, t)));
          if (!joinable) expect(after[i]).toEqual(before[i]);
        });
      }),
    );
  });
});

/** Names the join rules may connect, directly or through a third, in this small world: a generous over-estimate. */
function related(a: string, b: string): boolean {
  const family = [
    ["US", "United States"],
    ["European Union", "EU"],
    ["Labour", "Labour Party"],
    ["Tory", "Tories"],
    ["Tony Blair", "Cherie Blair", "Blair"],
    ["Lib Dems", "Liberal Democrats"],
  ];
  return a === b || family.some((f) => f.includes(a) && f.includes(b));
}
