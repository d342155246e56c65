import { useSuspenseQuery } from "@tanstack/react-query";
import { DehydratedBoundary } from "../../lib/dehydrated-boundary";
import { useSearchParams } from "react-router";
import { listHeadQuery } from "../../features/article-list/api/list-queries";
import { ListView } from "../../features/article-list/components/list-view";
import { DEFAULT_LIST_SEARCH, parseListSearch, type ListSearch } from "../../features/article-list/search-params";
import { formatCount } from "../../lib/format";
import { paths } from "../../lib/paths";
import { prefetchDehydrated, getQueryClient } from "../../lib/query-client";
import { pageMeta, SITE_NAME } from "../../lib/site-meta";
import { useHydratedQuery } from "../../lib/use-hydrated";
import type { ListHead } from "../../schema/list";
import { EntityFilterBoundary, ensureEntityFilter, useEntityFilter } from "./entity-filter";
import { useListReading } from "./list-reading";
import { RouteError } from "../route-error";
import type { Route } from "./+types/home";

/** Build time only (prerender): the list's head (first screen and facet counts), embedded in the page. */
export async function loader() {
  const { data, dehydratedState } = await prefetchDehydrated(listHeadQuery());
  return { dehydratedState, articleCount: data.total };
}

/** In-app navigation: the head, and the details of any entity the URL filters by, so nothing suspends. */
export async function clientLoader({ request }: Route.ClientLoaderArgs) {
  const [head] = await Promise.all([getQueryClient().ensureQueryData(listHeadQuery()), ensureEntityFilter(request)]);
  return { dehydratedState: null, articleCount: head.total };
}

export function meta({ loaderData }: Route.MetaArgs) {
  const description = loaderData
    ? `${formatCount(loaderData.articleCount, "article")}, with the people, organizations and places in each story highlighted.`
    : "A news reader that shows who and what each story is about.";
  return pageMeta({
    path: paths.home(),
    title: SITE_NAME,
    documentTitle: `${SITE_NAME} · Articles`,
    description,
    type: "website",
  });
}

export default function HomeRoute({ loaderData }: Route.ComponentProps) {
  return (
    <DehydratedBoundary state={loaderData.dehydratedState}>
      <Home />
    </DehydratedBoundary>
  );
}

function Home() {
  const { data } = useSuspenseQuery(listHeadQuery());
  const [searchParams] = useSearchParams();
  // The prerendered list is unfiltered; the URL's search applies once hydrated (see useHydratedQuery).
  const search = useHydratedQuery() ? parseListSearch(searchParams) : DEFAULT_LIST_SEARCH;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="sr-only">Articles</h1>
      <EntityFilterBoundary search={search}>
        <FilteredList head={data} search={search} />
      </EntityFilterBoundary>
    </div>
  );
}

function FilteredList({ head, search }: { head: ListHead; search: ListSearch }) {
  const filter = useEntityFilter(search);
  const reading = useListReading();
  return (
    <ListView
      head={head}
      search={filter.search}
      mentioning={filter.mentioning}
      filteredEntities={filter.entities}
      reading={reading}
    />
  );
}

export const ErrorBoundary = RouteError;
