import {
  QueryClient,
  dehydrate,
  isServer,
  notifyManager,
  type DehydratedState,
  type FetchQueryOptions,
  type QueryKey,
} from "@tanstack/react-query";

function isNotFound(error: unknown): boolean {
  return error instanceof Response && error.status === 404;
}

// Components hear of new data in a microtask, not a `setTimeout(0)` task: search hits arrive from the worker
// while the reader types, and a timer queued behind other tasks delayed every keystroke's results.
notifyManager.setScheduler(queueMicrotask);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The bundle is static for the life of the page: what was fetched once stays true.
      queries: { staleTime: Infinity, retry: (failures, error) => !isNotFound(error) && failures < 2 },
    },
  });
}

let browserClient: QueryClient | undefined;

/**
 * The query client, as TanStack's SSR guide has it: in the browser one for the life of the page (route loaders and
 * components share it); at build time a new one for every call, so each prerendered page starts from an empty
 * cache and never sees another page's data (root.tsx creates one per page render).
 */
export function getQueryClient(): QueryClient {
  if (isServer) return createQueryClient();
  browserClient ??= createQueryClient();
  return browserClient;
}

/**
 * A dehydrated cache as JSON text. React Router embeds a loader's string as it is, where an object goes through
 * turbo-stream's encoding, whose decoding in the browser was 25-50 ms of a throttled phone's main thread while the
 * page hydrated; `JSON.parse` of the same data is a fraction of a millisecond (decision 031). Only
 * `prefetchDehydrated` makes one, so the text is always `dehydrate`'s output.
 */
export type DehydratedJson = string & { readonly dehydratedJson: unique symbol };

/**
 * For build-time loaders: fetch one query into a fresh client and return it dehydrated, so the prerendered page
 * embeds the data and hydrates without refetching (`DehydratedBoundary` reads it back).
 */
export async function prefetchDehydrated<T, K extends QueryKey>(
  options: FetchQueryOptions<T, Error, T, K>,
): Promise<{ data: T; dehydratedState: DehydratedJson }> {
  const client = createQueryClient();
  const data = await client.fetchQuery(options);
  return { data, dehydratedState: JSON.stringify(dehydrate(client)) as DehydratedJson };
}

/** The state `prefetchDehydrated` wrote. */
export function parseDehydrated(json: DehydratedJson): DehydratedState {
  return JSON.parse(json) as DehydratedState;
}
