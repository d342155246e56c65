import { describe, expect, it } from "vitest";
import { scoreLexicon } from "./score-lexicon";

describe("scoreLexicon", () => {
  it("lets the title outweigh the same word in the body", () => {
    const input = {
      title: "Court hears election appeal",
      text: "The court said the election result stands.",
    };
    const scores = new Map(scoreLexicon(input).map((s) => [s.topic, s.score]));
    const asBody = new Map(
      scoreLexicon({ title: "", text: `${input.title}. ${input.text}` }).map((s) => [s.topic, s.score]),
    );
    expect(scores.get("politics")!).toBeGreaterThan(asBody.get("politics")!);
  });

  it("damps a long body but keeps the headline's weight", () => {
    const title = "Minister resigns before election";
    const body = "Parliament will debate the vote.";
    const filler = " The meeting lasted several hours and many people attended.".repeat(100);
    const politics = (text: string) => scoreLexicon({ title, text }).find((s) => s.topic === "politics")!.score;
    const headlineOnly = politics("");
    expect(politics(body + filler)).toBeGreaterThan(headlineOnly);
    expect(politics(body + filler)).toBeLessThan(politics(body));
  });

  it("lists only positive scores, best first", () => {
    const scores = scoreLexicon({ title: "Rebels fire missiles", text: "Troops and soldiers advance." });
    expect(scores[0]!.topic).toBe("conflict-war-peace");
    expect(scores.map((s) => s.score)).toEqual([...scores.map((s) => s.score)].sort((a, b) => b - a));
    expect(scoreLexicon({ title: "", text: "" })).toEqual([]);
  });

  it("reads film cameras as technology and a download chart as music", () => {
    const top = (title: string, text: string) => scoreLexicon({ title, text })[0]!.topic;
    expect(top("", "Digital cameras and camera phones now outsell film cameras.")).toBe("science-technology");
    expect(top("", "The band topped the new download chart.")).toBe("arts-culture-entertainment");
  });
});
