import { describe, expect, it } from "vitest";
import { createEntityExtractor } from "./extract";
import { parseKnowledgeBase } from "./knowledge-base";
import { marked } from "./test-helpers";

const plain = createEntityExtractor();
const run = (blocks: string[], extractor = plain) => marked(blocks, extractor.extract(blocks));
const spans = (text: string, extractor = plain) => run([text], extractor).map((m) => [m.text, m.type]);

describe("spans", () => {
  it("leaves titles out of person names", () => {
    expect(spans("President Donald Trump spoke. Prime Minister Boris Johnson and Dr. Jane Doe listened.")).toEqual(
      expect.arrayContaining([
        ["Donald Trump", "person"],
        ["Boris Johnson", "person"],
        ["Jane Doe", "person"],
      ]),
    );
  });

  it("keeps possessives and a leading 'the' outside organisation spans", () => {
    const result = spans("The statement was on the Internet Research Agency's site.");
    expect(result).toContainEqual(["Internet Research Agency", "organization"]);
  });

  it("trims trailing punctuation", () => {
    expect(spans("He met Yevgeny Prigozhin, then left for Russia.")).toEqual([
      ["Yevgeny Prigozhin", "person"],
      ["Russia", "place"],
    ]);
  });

  it("splits 'Paris, France' into two places", () => {
    expect(spans("Angela Merkel visited Paris, France and Berlin.")).toEqual(
      expect.arrayContaining([
        ["Paris", "place"],
        ["France", "place"],
      ]),
    );
  });

  it("finds places compromise loses in context, without the possessive", () => {
    expect(spans("Germany's Chancellor Olaf Scholz spoke.")).toEqual([
      ["Germany", "place"],
      ["Olaf Scholz", "person"],
    ]);
  });

  it("rejects lower-case organisation guesses such as 'American media'", () => {
    const result = spans("They mean critical publications in the American media).");
    expect(result).toEqual([["American", "group"]]);
  });
});

describe("organisations by keyword", () => {
  it("extends a keyword head with 'of the' and a capitalised tail", () => {
    expect(spans("Officers of the Main Directorate of the General Staff were named.")).toContainEqual([
      "Main Directorate of the General Staff",
      "organization",
    ]);
    expect(spans("The Bank of England raised rates.")).toContainEqual(["Bank of England", "organization"]);
  });

  it("does not mark a lone keyword", () => {
    expect(spans("Party members met.")).toEqual([]);
  });
});

describe("acronyms", () => {
  it("joins a parenthesised acronym and its later bare uses to the expansion", () => {
    const blocks = ["The Federal Anti-Corruption Agency (FACA) opened a case.", "Later FACA closed it."];
    const result = run(blocks);
    const ids = new Set(result.filter((m) => /FACA|Agency/.test(m.text)).map((m) => m.id));
    expect(result.map((m) => m.text)).toEqual(["Federal Anti-Corruption Agency", "FACA", "FACA"]);
    expect(ids).toEqual(new Set(["organization:federal-anti-corruption-agency"]));
  });
});

describe("groups", () => {
  it("marks nationalities, faiths and parties as groups", () => {
    expect(spans("Russians, Muslims and Democrats disagreed with Republicans.")).toEqual([
      ["Russians", "group"],
      ["Muslims", "group"],
      ["Democrats", "group"],
      ["Republicans", "group"],
    ]);
  });

  it("keeps country names that compromise lists among nationalities as places", () => {
    expect(spans("Troops stayed in the Philippines and Laos, and Filipinos voted.")).toEqual([
      ["Philippines", "place"],
      ["Laos", "place"],
      ["Filipinos", "group"],
    ]);
  });

  it("does not mark a demonym inside a larger name", () => {
    const result = spans("The Russian Orthodox Church and the American Civil Liberties Union objected.");
    expect(result.map(([t]) => t)).not.toContain("Russian");
    expect(result.map(([t]) => t)).not.toContain("American");
  });
});

describe("dates", () => {
  it("marks weekdays, months, years, full and relative dates", () => {
    const text =
      "On Friday, March 3, 2019 and 3 March 2019, in May, in 2016, this year, last week and yesterday it rained in June.";
    expect(
      spans(text)
        .filter(([, type]) => type === "date")
        .map(([t]) => t),
    ).toEqual(["Friday, March 3, 2019", "3 March 2019", "May", "2016", "this year", "last week", "yesterday", "June"]);
  });

  it("does not mark a bare 'day', a modal 'May' or amounts", () => {
    expect(spans("On the day, you may think May be right; it cost $2019 or 2,019 units.")).toEqual([]);
  });
});

describe("document consistency and identity", () => {
  it("tags every occurrence of a surface form once it is tagged", () => {
    const blocks = ["Yevgeny Prigozhin, a businessman, spoke.", "Critics of Prigozhin say Prigozhin lied."];
    const result = run(blocks);
    expect(result.map((m) => m.text)).toEqual(["Yevgeny Prigozhin", "Prigozhin", "Prigozhin"]);
    expect(new Set(result.map((m) => m.id))).toEqual(new Set(["person:yevgeny-prigozhin"]));
  });

  it("joins a lone first or last name to the single full name it belongs to", () => {
    const result = run(["Vladimir Putin spoke.", "Putin also proposed an agreement."]);
    expect(result.map((m) => [m.text, m.id])).toEqual([
      ["Vladimir Putin", "person:vladimir-putin"],
      ["Putin", "person:vladimir-putin"],
    ]);
  });

  it("leaves a surname alone when two full names share it", () => {
    const result = run(["Hillary Clinton and Bill Clinton arrived.", "Clinton spoke first."]);
    const clinton = result.find((m) => m.text === "Clinton");
    expect(clinton === undefined || !["person:hillary-clinton", "person:bill-clinton"].includes(clinton.id)).toBe(true);
  });

  it("slugs ids with diacritics stripped", () => {
    const result = plain.extract(["Recep Tayyip Erdoğan spoke in Ankara."]);
    expect(result.entities).toContainEqual({
      id: "person:recep-tayyip-erdogan",
      name: "Recep Tayyip Erdoğan",
      type: "person",
    });
  });
});

describe("knowledge base", () => {
  const kb = parseKnowledgeBase(
    [
      "entities:",
      "  - { id: place:united-states, type: place, name: United States, aliases: [US, U.S.] }",
      "  - { id: organization:kremlin, type: organization, name: Kremlin }",
      "  - { id: organization:washington-post, type: organization, name: The Washington Post, aliases: [Washington Post] }",
      "  - { id: person:vladimir-putin, type: person, name: Vladimir Putin, aliases: [Putin, President Putin] }",
      "suppress: [Internet]",
    ].join("\n"),
    "kb.yaml",
  );
  const withKb = createEntityExtractor({ knowledgeBase: kb });

  it("uses knowledge-base ids and names, joining aliases", () => {
    const blocks = ["The United States and the U.S. and the US agreed.", "President Putin read the Kremlin's note."];
    const result = withKb.extract(blocks);
    expect(marked(blocks, result).map((m) => [m.text, m.id])).toEqual([
      ["United States", "place:united-states"],
      ["U.S.", "place:united-states"],
      ["US", "place:united-states"],
      ["Putin", "person:vladimir-putin"],
      ["Kremlin", "organization:kremlin"],
    ]);
    expect(result.entities.find((e) => e.id === "person:vladimir-putin")?.name).toBe("Vladimir Putin");
  });

  it("keeps a capitalised 'The' that belongs to the name and wins overlaps", () => {
    const blocks = ["In 2019, The Washington Post wrote it; he spoke to the Washington Post."];
    expect(run(blocks, withKb).map((m) => [m.text, m.type])).toEqual([
      ["2019", "date"],
      ["The Washington Post", "organization"],
      ["Washington Post", "organization"],
    ]);
  });

  it("never marks a suppressed surface form", () => {
    const noisy = createEntityExtractor({
      knowledgeBase: parseKnowledgeBase("suppress: [Russia]", "kb.yaml"),
    });
    expect(spans("Putin flew to Russia.", noisy).map(([t]) => t)).not.toContain("Russia");
  });
});

describe("invariants", () => {
  it("returns mentions sorted by block and start, each with a known entity", () => {
    const blocks = ["Moscow and Washington talked.", "", "Russian hackers hit Ukraine on Monday."];
    const result = plain.extract(blocks);
    const ids = new Set(result.entities.map((e) => e.id));
    for (const m of result.mentions) expect(ids.has(m.entityId)).toBe(true);
    const order = result.mentions.map((m) => [m.block, m.start]);
    expect(order).toEqual([...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    expect(result.mentions.some((m) => m.block === 2)).toBe(true);
  });
});
