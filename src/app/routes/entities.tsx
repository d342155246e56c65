import { useSuspenseQuery } from "@tanstack/react-query";
import { Suspense } from "react";
import { Link, useSearchParams } from "react-router";
import { catalogQuery } from "../../features/article-list/api/list-queries";
import { parseQuery } from "../../features/article-list/search/parse-query";
import { selectResults } from "../../features/article-list/search/select-results";
import {
  DEFAULT_LIST_SEARCH,
  parseListSearch,
  serializeListSearch,
  type ListSearch,
} from "../../features/article-list/search-params";
import { graphView, type GraphView } from "../../features/entity-graph/build-graph";
import { EntityGraph } from "../../features/entity-graph/components/entity-graph";
import { graphArticles } from "../../features/entity-graph/graph-articles";
import { DEFAULT_GRAPH_SEARCH, parseGraphSearch, type GraphSearch } from "../../features/entity-graph/search-params";
import { useGraphView } from "../../features/entity-graph/use-graph-view";
import { formatCount } from "../../lib/format";
import { paths } from "../../lib/paths";
import { createQueryClient, getQueryClient } from "../../lib/query-client";
import { pageMeta } from "../../lib/site-meta";
import { useHydratedQuery } from "../../lib/use-hydrated";
import { ensureEntityFilter, useEntityFilter } from "./entity-filter";
import { RouteError } from "../route-error";
import type { Route } from "./+types/entities";

interface EntitiesData {
  articleCount: number;
  /** The unfiltered graph, computed at build time; null after in-app navigation (the catalog is loaded then). */
  view: GraphView | null;
}

/**
 * Build time only (prerender): the unfiltered graph itself, a few kilobytes, rather than the catalog it is drawn
 * from; the catalog loads only when the URL filters the graph.
 */
export async function loader(): Promise<EntitiesData> {
  const catalog = await createQueryClient().fetchQuery(catalogQuery());
  const articles = graphArticles(catalog, catalog.articles.keys());
  return { articleCount: catalog.articles.length, view: graphView(articles, DEFAULT_GRAPH_SEARCH) };
}

/** In-app navigation: the catalog, and the articles of any entity the list's filter names, so nothing suspends. */
export async function clientLoader({ request }: Route.ClientLoaderArgs): Promise<EntitiesData> {
  const [catalog] = await Promise.all([getQueryClient().ensureQueryData(catalogQuery()), ensureEntityFilter(request)]);
  return { articleCount: catalog.articles.length, view: null };
}

export function meta({ loaderData }: Route.MetaArgs) {
  const description = loaderData
    ? `The people, organizations, places and groups of ${formatCount(loaderData.articleCount, "article")}, and which of them appear together.`
    : "The people, organizations, places and groups of the collection, and which of them appear together.";
  return pageMeta({ path: paths.entities(), title: "Entities", description, type: "website" });
}

/** The list's filters the graph follows: topics, entities, sources and dates; the search text and sort are not. */
function graphListSearch(params: URLSearchParams): ListSearch {
  return { ...parseListSearch(params), q: "", sort: null };
}

export default function EntitiesRoute({ loaderData }: Route.ComponentProps) {
  const [searchParams] = useSearchParams();
  // The prerendered graph is unfiltered; the URL's filters apply once hydrated (see useHydratedQuery).
  const hydrated = useHydratedQuery();
  const listSearch = hydrated ? graphListSearch(searchParams) : DEFAULT_LIST_SEARCH;
  const graphSearch = hydrated ? parseGraphSearch(searchParams) : DEFAULT_GRAPH_SEARCH;
  const listQuery = serializeListSearch(listSearch);
  const unfiltered = listQuery === "" && graphSearch.types.length === 0;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold text-stone-950 dark:text-stone-50">Entities</h1>
        <p className="max-w-prose text-stone-700 dark:text-stone-300">
          Who and what the collection is about: the people, organizations, places and groups that articles feature most,
          and which of them turn up in the same stories.
        </p>
        {listQuery !== "" && (
          <p className="text-sm text-stone-700 dark:text-stone-300">
            Drawn from the articles that match the list’s filters.{" "}
            <Link
              to={paths.home(listQuery)}
              className="font-medium text-red-800 underline underline-offset-2 dark:text-red-300"
            >
              Back to the list with these filters
            </Link>
          </p>
        )}
      </header>
      {loaderData.view && unfiltered ? (
        <EntityGraph view={loaderData.view} search={graphSearch} listQuery="" />
      ) : (
        // Only after hydration or in-app navigation (the prerendered page has a view and no filters), so a page read
        // without JavaScript never shows this fallback. A cold filtered link loads the catalog here.
        <Suspense
          fallback={
            <p role="status" className="py-10 text-center text-stone-600 dark:text-stone-400">
              Loading the filtered articles…
            </p>
          }
        >
          <FilteredGraph listSearch={listSearch} graphSearch={graphSearch} />
        </Suspense>
      )}
    </div>
  );
}

interface FilteredGraphProps {
  listSearch: ListSearch;
  graphSearch: GraphSearch;
}

/** The catalog's rows that match the list's filter; an entity id that names nothing is dropped, as on the list. */
function FilteredGraph({ listSearch, graphSearch }: FilteredGraphProps) {
  const { data: catalog } = useSuspenseQuery(catalogQuery());
  const { search: effective, mentioning } = useEntityFilter(listSearch);
  const { ids } = selectResults({ catalog, search: effective, parsed: parseQuery(""), hits: null, mentioning });
  const view = useGraphView(graphArticles(catalog, ids), graphSearch);
  return <EntityGraph view={view} search={graphSearch} listQuery={serializeListSearch(effective)} />;
}

export const ErrorBoundary = RouteError;
