/** A worker thread's side of the extraction pool: one task is one file. */
import { Tinypool } from "tinypool";
import { createEntityExtractor, type EntityExtractor } from "../entities/extract";
import { knowledgeBaseSchema } from "../entities/knowledge-base";
import { extractArticle, type ExtractResult } from "./extract-article";

export interface ExtractTask {
  file: string;
  bytes: Uint8Array;
}

let extractor: EntityExtractor | undefined;

export function runTask({ file, bytes }: ExtractTask): ExtractResult {
  // Loaded on the first task rather than at import, so a bad knowledge base is reported as a task failure.
  extractor ??= createEntityExtractor({
    knowledgeBase: knowledgeBaseSchema.parse(Tinypool.workerData?.knowledgeBase ?? {}),
  });
  return extractArticle(extractor, file, bytes);
}
