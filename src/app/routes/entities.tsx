import { HydrationBoundary, useSuspenseQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { articleIndexQuery } from "../../features/articles/api/article-queries";
import { filterArticles } from "../../features/articles/filter-articles";
import {
  DEFAULT_LIST_SEARCH,
  parseListSearch,
  serializeListSearch,
  type ListSearch,
} from "../../features/articles/search-params";
import { EntityGraph } from "../../features/entity-graph/components/entity-graph";
import { DEFAULT_GRAPH_SEARCH, parseGraphSearch, type GraphSearch } from "../../features/entity-graph/search-params";
import { formatCount } from "../../lib/format";
import { paths } from "../../lib/paths";
import { pageMeta } from "../../lib/site-meta";
import { useHydrated } from "../../lib/use-hydrated";
import type { ArticleSummary } from "../../schema/article";
import { clientListData, EntityFilterBoundary, prerenderListData, useEntityFilter } from "../entity-filter";
import { RouteError } from "../route-error";
import type { Route } from "./+types/entities";

/** Build time only (prerender): the index, embedded in the page so it hydrates without a request. */
export async function loader() {
  return prerenderListData();
}

/** In-app navigation: the index, and the articles of any entity the list's filter names, so nothing suspends. */
export async function clientLoader({ request }: Route.ClientLoaderArgs) {
  return clientListData(request);
}

export function meta({ loaderData }: Route.MetaArgs) {
  const description = loaderData
    ? `The people, organizations, places and groups of ${formatCount(loaderData.articleCount, "article")}, and which of them appear together.`
    : "The people, organizations, places and groups of the collection, and which of them appear together.";
  return pageMeta({ path: paths.entities(), title: "Entities", description, type: "website" });
}

export default function EntitiesRoute({ loaderData }: Route.ComponentProps) {
  return (
    <HydrationBoundary state={loaderData.dehydratedState}>
      <Entities />
    </HydrationBoundary>
  );
}

function Entities() {
  const { data } = useSuspenseQuery(articleIndexQuery());
  const [searchParams] = useSearchParams();
  // The prerendered graph is unfiltered; the URL's filters apply once hydrated (see useHydrated).
  const hydrated = useHydrated();
  const listSearch = hydrated ? parseListSearch(searchParams) : DEFAULT_LIST_SEARCH;
  const graphSearch = hydrated ? parseGraphSearch(searchParams) : DEFAULT_GRAPH_SEARCH;
  const listQuery = serializeListSearch(listSearch);
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
      <EntityFilterBoundary search={listSearch}>
        <FilteredGraph articles={data.articles} listSearch={listSearch} graphSearch={graphSearch} />
      </EntityFilterBoundary>
    </div>
  );
}

interface FilteredGraphProps {
  articles: readonly ArticleSummary[];
  listSearch: ListSearch;
  graphSearch: GraphSearch;
}

/** The list's entity filter needs each entity's articles; an id that names nothing is dropped, as on the list. */
function FilteredGraph({ articles, listSearch, graphSearch }: FilteredGraphProps) {
  const { search: effective, mentioning } = useEntityFilter(listSearch);
  return (
    <EntityGraph
      articles={filterArticles(articles, effective, mentioning)}
      search={graphSearch}
      listQuery={serializeListSearch(effective)}
    />
  );
}

export const ErrorBoundary = RouteError;
