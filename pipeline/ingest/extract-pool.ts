import { Tinypool } from "tinypool";
import { createEntityExtractor } from "../entities/extract";
import type { KnowledgeBase } from "../entities/knowledge-base";
import { extractArticle, type ExtractResult } from "./extract-article";
import type { ExtractTask } from "./extract-worker";

export type { ExtractTask } from "./extract-worker";

/** A worker died (or threw) on this file: the message names it, as every input problem does. */
export class ExtractionCrash extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = "ExtractionCrash";
  }
}

/** Below this many files a worker's start-up (the model load, ~110 ms) costs more than it saves. */
const MIN_FILES_PER_WORKER = 50;
const MAX_WORKERS = 4;

/** How many threads to extract `files` files with, given `cores`. */
export function workerCount(files: number, cores: number): number {
  return Math.max(1, Math.min(cores, MAX_WORKERS, Math.floor(files / MIN_FILES_PER_WORKER)));
}

export interface ExtractOptions {
  knowledgeBase?: KnowledgeBase;
  threads: number;
  /** Called as each file finishes, in completion order. */
  onResult?: (task: ExtractTask, result: ExtractResult) => void;
  /** The worker entry; tests swap in one that crashes. */
  workerFile?: URL;
}

/** Parses and extracts every file, on `threads` worker threads (in this thread when 1); results in task order. */
export async function extractAll(tasks: readonly ExtractTask[], options: ExtractOptions): Promise<ExtractResult[]> {
  const { onResult = () => {} } = options;
  if (options.threads <= 1 && !options.workerFile) {
    const extractor = createEntityExtractor({ knowledgeBase: options.knowledgeBase });
    return tasks.map((task) => {
      let result: ExtractResult;
      try {
        result = extractArticle(extractor, task.file, task.bytes);
      } catch (error) {
        throw new ExtractionCrash(task.file, error);
      }
      onResult(task, result);
      return result;
    });
  }
  const pool = new Tinypool({
    filename: (options.workerFile ?? new URL("./extract-worker.mjs", import.meta.url)).href,
    minThreads: options.threads,
    maxThreads: options.threads,
    workerData: { knowledgeBase: options.knowledgeBase },
  });
  try {
    return await Promise.all(
      tasks.map((task) =>
        (pool.run(task) as Promise<ExtractResult>).then(
          (result) => {
            onResult(task, result);
            return result;
          },
          (error: unknown) => {
            throw new ExtractionCrash(task.file, error);
          },
        ),
      ),
    );
  } finally {
    await pool.destroy();
  }
}
