import { describe, expect, it } from "vitest";
import { LEXICON } from "./lexicon";
import { analyseLexicon } from "./score-lexicon";
import { ARTS_MEDIUM_TERMS, CRIME_EVENT_TERMS, POLITICAL_ACTOR_TERMS, VIDEO_GAME_TERMS } from "./signals";

function analyse(title: string, text: string) {
  return analyseLexicon({ title, text });
}
const arts = (scores: { topic: string; score: number }[]) =>
  scores.find((s) => s.topic === "arts-culture-entertainment")?.score ?? 0;

describe("signals", () => {
  it.each([
    ["politics", POLITICAL_ACTOR_TERMS],
    ["crime-law-justice", CRIME_EVENT_TERMS],
    ["arts-culture-entertainment", ARTS_MEDIUM_TERMS],
    ["science-technology", VIDEO_GAME_TERMS],
  ] as const)("are counted from %s lexicon terms only", (topic, terms) => {
    expect([...terms].filter((term) => !Object.hasOwn(LEXICON[topic], term))).toEqual([]);
  });

  it("does not count a labour union or labour costs as a political actor", () => {
    const { signals, scores } = analyse(
      "Carmaker's talks with union move forward",
      "The carmaker continued its negotiations with the labour union today on its planned labour cost reductions.",
    );
    expect(signals.politicalActors).toBe(0);
    const politics = (s: typeof scores) => s.find((x) => x.topic === "politics")?.score ?? 0;
    const withoutLabour = analyse(
      "Carmaker's talks with union move forward",
      "The carmaker continued its negotiations.",
    );
    expect(politics(scores)).toBe(politics(withoutLabour.scores));
    expect(scores.some((s) => s.topic === "labour")).toBe(true);
  });

  it("still counts the Labour party, in a headline too", () => {
    expect(analyse("Labour pledges to cut waiting lists", "").signals.politicalActors).toBeGreaterThan(0);
    expect(analyse("", "Labour would cut hospital waiting times.").signals.politicalActors).toBeGreaterThan(0);
    expect(analyse("Labour Union Talks Resume", "").signals.politicalActors).toBe(0);
  });

  it("counts creative work, not the media business, for arts and culture", () => {
    const business = analyse(
      "Hollywood studio sets terms of flotation",
      "The animation studio, whose entertainment division also makes television shows, set the terms of its share sale.",
    );
    expect(arts(business.scores)).toBeGreaterThan(5);
    expect(business.signals.creativeWork).toBe(0);
    const album = analyse("Singer tops album chart", "The band's debut album went straight to number one.");
    expect(album.signals.creativeWork).toBeGreaterThan(5);
  });

  it("counts video games and consoles, not casino gaming", () => {
    expect(
      analyse("Gamers queue for new console", "The games console went on sale.").signals.videoGames,
    ).toBeGreaterThan(5);
    expect(analyse("Casino group's gaming revenue rises", "").signals.videoGames).toBe(0);
  });
});
