import { queryOptions } from "@tanstack/react-query";
import { DATA_FILES } from "../../../schema/data-files";
import { fetchJson } from "../../../lib/fetch-json";
import { paths } from "../../../lib/paths";
import { searchText } from "../search/search-client";
import { textQueryKey, type TextQuery } from "../search/text-query";

// Loaded with the first file fetched, not with the page (fetchJson's SchemaLoader).
const articleIndexSchema = () => import("../../../schema/article").then((m) => m.articleIndexSchema);
const listSchemas = () => import("../../../schema/list");
const listHeadSchema = () => listSchemas().then((m) => m.listHeadSchema);
const catalogSchema = () => listSchemas().then((m) => m.catalogSchema);
const summaryPageSchema = () => listSchemas().then((m) => m.summaryPageSchema);

export const listKeys = {
  all: ["articles"] as const,
  index: () => [...listKeys.all, "index"] as const,
  head: () => [...listKeys.all, "head"] as const,
  catalog: () => [...listKeys.all, "catalog"] as const,
  summaries: (page: number) => [...listKeys.all, "summaries", page] as const,
  search: (query: TextQuery) => [...listKeys.all, "search", textQueryKey(query)] as const,
};

/** Every article's summary; large at scale, so only the topic pages' build reads it. */
export const articleIndexQuery = () =>
  queryOptions({
    queryKey: listKeys.index(),
    queryFn: () => fetchJson(paths.data(DATA_FILES.index), articleIndexSchema, { shared: true }),
  });

/** The list's first screen and the collection's facet counts (embedded in the prerendered `/`). */
export const listHeadQuery = () =>
  queryOptions({
    queryKey: listKeys.head(),
    queryFn: () => fetchJson(paths.data(DATA_FILES.listHead), listHeadSchema),
  });

/** One compact row per article: loaded on the first interaction with the list, for filters, sort and facets. */
export const catalogQuery = () =>
  queryOptions({
    queryKey: listKeys.catalog(),
    queryFn: () => fetchJson(paths.data(DATA_FILES.catalog), catalogSchema),
  });

export const summaryPageQuery = (page: number) =>
  queryOptions({
    queryKey: listKeys.summaries(page),
    queryFn: () => fetchJson(paths.data(DATA_FILES.summaryPage(page)), summaryPageSchema),
  });

/** Full-text matches, ranked (the index loads in a worker on first use). */
export const searchHitsQuery = (query: TextQuery) =>
  queryOptions({
    queryKey: listKeys.search(query),
    queryFn: () => searchText(query),
    gcTime: 60_000,
  });
