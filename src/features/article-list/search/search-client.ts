import { DATA_FILES } from "../../../schema/data-files";
import { paths } from "../../../lib/paths";
import type { SearchEngine, SearchHits } from "./search-engine";
import type { WorkerRequest, WorkerResponse } from "./search-protocol";
import type { TextQuery } from "./text-query";

const INDEX_URL = paths.data(DATA_FILES.searchIndex);

interface Backend {
  run(query: TextQuery | null): Promise<SearchHits | null>;
}

function workerBackend(): Backend {
  const worker = new Worker(new URL("./search-worker.ts", import.meta.url), { type: "module", name: "search" });
  const pending = new Map<number, { resolve: (hits: SearchHits | null) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    pending.delete(response.id);
    if ("error" in response) waiting?.reject(new Error(response.error));
    else waiting?.resolve(response.hits);
  };
  return {
    run: (query) =>
      new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, indexUrl: INDEX_URL, query } satisfies WorkerRequest);
      }),
  };
}

/** Where workers are unavailable (tests, very old browsers) the same engine runs on the main thread. */
function inlineBackend(): Backend {
  let engine: Promise<SearchEngine> | null = null;
  return {
    run: async (query) => {
      // Loaded only here, so MiniSearch stays out of the list's bundle (the worker has its own copy).
      engine ??= import("./search-engine").then(({ SearchEngine }) => SearchEngine.load(INDEX_URL));
      const loaded = await engine.catch((error: unknown) => {
        engine = null;
        throw error;
      });
      return query ? loaded.search(query) : null;
    },
  };
}

let backend: Backend | null = null;
const getBackend = () => (backend ??= typeof Worker === "function" ? workerBackend() : inlineBackend());

/** Starts loading the index (the first search interaction calls this, so typing finds it ready). */
export function prepareSearch(): Promise<unknown> {
  if (import.meta.env.SSR) return Promise.resolve();
  return getBackend().run(null);
}

export function searchText(query: TextQuery): Promise<SearchHits> {
  return getBackend()
    .run(query)
    .then((hits) => hits ?? { ids: [], scores: [] });
}
