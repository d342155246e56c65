import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../../", import.meta.url));
let child: ChildProcessWithoutNullStreams | undefined;

function start(args: string[]) {
  child = spawn("npx", ["tsx", "pipeline/cli/entities.ts", ...args], {
    cwd: repo,
  });
  const proc = child;
  let buffer = "";
  let stderr = "";
  const waiting: Array<(line: string) => void> = [];
  proc.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    buffer += chunk;
    for (let nl = buffer.indexOf("\n"); nl >= 0 && waiting.length; nl = buffer.indexOf("\n")) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      waiting.shift()!(line);
    }
  });
  proc.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return {
    proc,
    stderr: () => stderr,
    /** Resolves with the next stdout line, while stdin is still open. */
    ask(line: string): Promise<unknown> {
      const answer = new Promise<string>((resolve) => waiting.push(resolve));
      proc.stdin.write(`${line}\n`);
      return answer.then((text) => JSON.parse(text));
    },
    exit: () => new Promise<number | null>((resolve) => proc.on("close", resolve)),
  };
}

afterEach(() => {
  if (child && child.exitCode === null) child.kill();
});

describe("entities CLI", () => {
  it("answers each line before stdin closes, and reports bad lines without stopping", async () => {
    const cli = start(["--jsonl"]);
    // The emoji is two UTF-16 units, so offsets after it prove the CLI reports string indices.
    const text = "Vladimir Putin 😀 met officials in Moscow on Friday.";
    expect(text.indexOf("Moscow")).toBe(35);
    expect(await cli.ask(JSON.stringify({ id: "a", text }))).toEqual({
      id: "a",
      entities: [
        {
          start: 0,
          end: 14,
          type: "person",
          text: "Vladimir Putin",
          entityId: "person:vladimir-putin",
        },
        {
          start: 35,
          end: 41,
          type: "place",
          text: "Moscow",
          entityId: "place:moscow",
        },
        {
          start: 45,
          end: 51,
          type: "date",
          text: "Friday",
          entityId: "date:friday",
        },
      ],
    });
    expect(await cli.ask("{not json")).toEqual({
      id: null,
      error: expect.stringMatching(/^invalid JSON/),
    });
    expect(await cli.ask('{"id":"b","text":7}')).toEqual({
      id: "b",
      error: expect.stringContaining("text"),
    });
    expect(await cli.ask('{"id":"c","text":"Putin spoke."}')).toMatchObject({
      id: "c",
      entities: [{ text: "Putin", entityId: "person:vladimir-putin" }],
    });
    cli.proc.stdin.end();
    expect(await cli.exit()).toBe(0);
    expect(cli.stderr()).toMatch(/stdin:2: invalid JSON/);
    expect(cli.stderr()).toMatch(/stdin:3: text: /);
  }, 30_000);

  it("prints usage and exits 2 without --jsonl", async () => {
    const cli = start([]);
    cli.proc.stdin.end();
    expect(await cli.exit()).toBe(2);
    expect(cli.stderr()).toMatch(/usage:/);
  }, 30_000);
});
