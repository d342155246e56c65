/// <reference lib="webworker" />
import { SearchEngine } from "./search-engine";
import type { WorkerRequest, WorkerResponse } from "./search-protocol";

/*
 * The index is parsed and queried off the main thread: loading it takes long enough to drop frames on a phone,
 * and a query over a large collection should never delay a keystroke's echo.
 */
let engine: Promise<SearchEngine> | null = null;

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const reply = (response: WorkerResponse) => scope.postMessage(response);
  try {
    engine ??= SearchEngine.load(request.indexUrl);
    const loaded = await engine;
    reply({ id: request.id, hits: request.query ? loaded.search(request.query) : null });
  } catch (error) {
    engine = null;
    reply({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
};
