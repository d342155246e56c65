import type { SearchHits } from "./search-engine";
import type { TextQuery } from "./text-query";

/** A message to the search worker: load the index (query null) or run a query. */
export interface WorkerRequest {
  id: number;
  indexUrl: string;
  query: TextQuery | null;
}

export type WorkerResponse = { id: number; hits: SearchHits | null } | { id: number; error: string };
