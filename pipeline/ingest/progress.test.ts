import { describe, expect, it } from "vitest";
import { createProgress, formatSeconds } from "./progress";

function plainStream() {
  const lines: string[] = [];
  return { lines, stream: { isTTY: false, write: (s: string) => lines.push(s) > 0 } as never };
}

describe("progress", () => {
  it("prints a line at every tenth when not on a terminal, with the count, rate and time left", () => {
    const { lines, stream } = plainStream();
    let now = 0;
    const progress = createProgress("ingest: extracting", 1000, { stream, now: () => now });
    for (let i = 0; i < 1000; i++) {
      now += 10;
      progress.tick();
    }
    progress.stop();
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe("ingest: extracting 100/1000 (10%), 100/s, about 9 s left\n");
    expect(lines.at(-1)).toBe("ingest: extracting 1000/1000 (100%), 100/s, done\n");
  });

  it("says nothing for short runs", () => {
    const { lines, stream } = plainStream();
    const progress = createProgress("x", 199, { stream });
    for (let i = 0; i < 199; i++) progress.tick();
    expect(lines).toEqual([]);
  });

  it("formats the time left", () => {
    expect(formatSeconds(4.2)).toBe("5 s");
    expect(formatSeconds(125)).toBe("2 min 5 s");
  });
});
