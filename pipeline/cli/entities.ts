import { createInterface } from "node:readline";
import { z } from "zod";
import { createEntityExtractor } from "../entities/extract";
import { loadKnowledgeBase } from "../entities/knowledge-base";
import { contentDir, knowledgeBaseFile } from "../config";

const USAGE = 'usage: npm run -s entities -- --jsonl   (reads {"id","text"} lines on stdin)';

const requestSchema = z.object({ id: z.string(), text: z.string() });

/** Pull the id out of a bad request when possible, so the driver can match the error to its question. */
function idOf(value: unknown): string | null {
  const parsed = z.object({ id: z.string() }).safeParse(value);
  return parsed.success ? parsed.data.id : null;
}

function answer(value: unknown): void {
  // One write per answer: the measuring driver waits for each line before sending the next.
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

// A driver that stops reading is done with us; exit quietly instead of crashing on EPIPE.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

async function main(): Promise<number> {
  if (!process.argv.includes("--jsonl")) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const kbFile = knowledgeBaseFile(contentDir());
  const extractor = createEntityExtractor({
    knowledgeBase: await loadKnowledgeBase(kbFile),
  });
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      const reason = `invalid JSON: ${error instanceof Error ? error.message : String(error)}`;
      process.stderr.write(`stdin:${lineNumber}: ${reason}\n`);
      answer({ id: null, error: reason });
      continue;
    }
    const request = requestSchema.safeParse(raw);
    if (!request.success) {
      const reason = request.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ");
      process.stderr.write(`stdin:${lineNumber}: ${reason}\n`);
      answer({ id: idOf(raw), error: reason });
      continue;
    }
    const { id, text } = request.data;
    let result;
    try {
      result = extractor.extract([text]);
    } catch (error) {
      // One bad article must not stall the driver or lose the rest of the stream.
      const reason = `extraction failed: ${error instanceof Error ? error.message : String(error)}`;
      process.stderr.write(`stdin:${lineNumber}: ${reason}\n`);
      answer({ id, error: reason });
      continue;
    }
    const { entities, mentions } = result;
    const typeOf = new Map(entities.map((e) => [e.id, e.type]));
    answer({
      id,
      entities: mentions.map((m) => ({
        start: m.start,
        end: m.end,
        type: typeOf.get(m.entityId),
        text: text.slice(m.start, m.end),
        entityId: m.entityId,
      })),
    });
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
