import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseBenchLine, type BenchItem } from "./evaluate";

export interface BenchFile {
  items: BenchItem[];
  /** Of the file's bytes: identifies the data a model was trained on without storing any of it. */
  sha256: string;
}

/** Reads a `{"title","body","topic"}` JSONL file; throws `file:line: reason` for the first bad line. */
export function readBenchFile(path: string): BenchFile {
  const bytes = readFileSync(path);
  const items: BenchItem[] = [];
  bytes
    .toString("utf8")
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() === "") return;
      try {
        items.push(parseBenchLine(line));
      } catch (error) {
        throw new Error(`${path}:${index + 1}: ${(error as Error).message}`);
      }
    });
  if (items.length === 0) throw new Error(`${path}: no items`);
  return { items, sha256: createHash("sha256").update(bytes).digest("hex") };
}
