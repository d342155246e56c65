import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TOPIC_IDS } from "../../src/schema/topics";
import { classifyTopics, scoreTopics } from "./classify";

// Hand-written fixtures, a few sentences each, in the style of wire copy.
const FIXTURES = [
  {
    topic: "politics",
    title: "Senate passes budget after late-night vote",
    text: "Lawmakers approved the plan 52-48. The opposition leader said voters would punish the governing party at the next election, while the prime minister's office welcomed the result.",
  },
  {
    topic: "sport",
    title: "United edge City in derby thriller",
    text: "A late goal from the striker gave the home team a 2-1 win. The coach praised his players after the league match, which leaves them third in the standings before the cup final.",
  },
  {
    topic: "economy-business-finance",
    title: "Retailer's profit beats forecasts as shares jump",
    text: "The company reported quarterly revenue up 8 percent. Investors welcomed the results and analysts raised their estimates, although the chief executive warned that inflation could hurt consumer spending.",
  },
  {
    topic: "science-technology",
    title: "Scientists test new chip for faster computers",
    text: "Researchers at the university said the processor runs software twice as fast while using less power. The team hopes the research will help build smaller devices.",
  },
  {
    topic: "conflict-war-peace",
    title: "Ceasefire collapses as troops advance",
    text: "Rebels fired missiles at army positions overnight, and soldiers responded with artillery. Peace talks between the militia and the military were suspended.",
  },
  {
    topic: "crime-law-justice",
    title: "Man charged after bank robbery",
    text: "Police arrested the suspect on Tuesday. He will appear in court next week, where prosecutors will ask the judge to keep him in custody until the trial.",
  },
  {
    topic: "disaster-accident-emergency",
    title: "Earthquake leaves dozens dead",
    text: "Rescue workers searched collapsed buildings for survivors after the quake, and the death toll is expected to rise. Thousands were evacuated.",
  },
  {
    topic: "health",
    title: "Flu vaccine shortage worries doctors",
    text: "Hospitals say patients with chronic disease should be first in line. Health officials expect the outbreak to peak in winter, and nurses are being trained to give the vaccine.",
  },
] as const;

describe("classifyTopics", () => {
  it.each(FIXTURES)("puts $topic first for its fixture", ({ topic, title, text }) => {
    expect(classifyTopics({ title, text })[0]).toBe(topic);
  });

  it("lets the title outweigh the same word in the body", () => {
    expect(
      classifyTopics({
        title: "Striker signs for league champions",
        text: "The election is over.",
      })[0],
    ).toBe("sport");
  });

  it("still finds topics the model was never trained on, from the lexicon", () => {
    expect(
      classifyTopics({
        title: "Actress wins best film award for her role in a romantic comedy",
        text: "The Hollywood star thanked the director and the cast at the ceremony. The movie has taken more than $100m at the box office, and its soundtrack album topped the charts.",
      })[0],
    ).toBe("arts-culture-entertainment");
  });

  it("adds a close second topic but not a stray mention", () => {
    const mixed = classifyTopics({
      title: "Hackers target election systems",
      text: "Officials said the cyberattack on voting software was stopped. Voters were told the election result is safe and computer experts are checking the servers.",
    });
    expect([...mixed].sort()).toEqual(["politics", "science-technology"]);
    expect(classifyTopics(FIXTURES[1])).toEqual(["sport"]);
  });

  it("falls back to society when there is no evidence", () => {
    expect(classifyTopics({ title: "", text: "" })).toEqual(["society"]);
    expect(classifyTopics({ title: "Lorem ipsum", text: "dolor sit amet" })).toEqual(["society"]);
  });

  it("returns 1 to 3 distinct topics, primary first, for any input", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 2000 }), (title, text) => {
        const topics = classifyTopics({ title, text });
        expect(topics.length).toBeGreaterThanOrEqual(1);
        expect(topics.length).toBeLessThanOrEqual(3);
        expect(new Set(topics).size).toBe(topics.length);
        expect(topics.every((t) => (TOPIC_IDS as readonly string[]).includes(t))).toBe(true);
        const best = scoreTopics({ title, text })[0];
        expect(topics[0]).toBe(best ? best.topic : "society");
      }),
    );
  });

  it("also holds for text made of lexicon words", () => {
    const words = fc.constantFrom("vote", "goal", "shares", "war", "police", "flood", "school", "church", "rain", "");
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), fc.array(words, { maxLength: 5 }), (body, head) => {
        const topics = classifyTopics({
          title: head.join(" "),
          text: body.join(" "),
        });
        expect(topics.length).toBeGreaterThanOrEqual(1);
        expect(topics.length).toBeLessThanOrEqual(3);
        expect(new Set(topics).size).toBe(topics.length);
      }),
    );
  });
});

describe("scoreTopics", () => {
  it("lists only positive scores, best first, deterministically", () => {
    const input = FIXTURES[4];
    const scores = scoreTopics(input);
    expect(scores.every((s) => s.score > 0)).toBe(true);
    expect(scores.map((s) => s.score)).toEqual([...scores.map((s) => s.score)].sort((a, b) => b - a));
    expect(scoreTopics(input)).toEqual(scores);
  });

  it("keeps the headline's topic for a long, vague body", () => {
    const title = "Minister resigns before election";
    const body = "Parliament will debate the vote.";
    const filler = " The meeting lasted several hours and many people attended.".repeat(100);
    expect(classifyTopics({ title, text: body + filler })[0]).toBe("politics");
  });
});
