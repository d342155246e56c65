import { HydrationBoundary, useSuspenseQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { articleIndexQuery } from "../../features/articles/api/article-queries";
import { ArticleList } from "../../features/articles/components/article-list";
import { DEFAULT_LIST_SEARCH, parseListSearch, type ListSearch } from "../../features/articles/search-params";
import { formatCount } from "../../lib/format";
import { paths } from "../../lib/paths";
import { pageMeta, SITE_NAME } from "../../lib/site-meta";
import { useHydrated } from "../../lib/use-hydrated";
import type { ArticleSummary } from "../../schema/article";
import { clientListData, EntityFilterBoundary, prerenderListData, useEntityFilter } from "../entity-filter";
import { RouteError } from "../route-error";
import type { Route } from "./+types/home";

/** Build time only (prerender): the index, embedded in the page so it hydrates without a request. */
export async function loader() {
  return prerenderListData();
}

export async function clientLoader({ request }: Route.ClientLoaderArgs) {
  return clientListData(request);
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
    <HydrationBoundary state={loaderData.dehydratedState}>
      <Home />
    </HydrationBoundary>
  );
}

function Home() {
  const { data } = useSuspenseQuery(articleIndexQuery());
  const [searchParams] = useSearchParams();
  // The prerendered list is unfiltered; the URL's filter applies once hydrated (see useHydrated).
  const search = useHydrated() ? parseListSearch(searchParams) : DEFAULT_LIST_SEARCH;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="sr-only">Articles</h1>
      <EntityFilterBoundary search={search}>
        <FilteredList articles={data.articles} search={search} />
      </EntityFilterBoundary>
    </div>
  );
}

function FilteredList({ articles, search }: { articles: readonly ArticleSummary[]; search: ListSearch }) {
  const filter = useEntityFilter(search);
  return (
    <ArticleList
      articles={articles}
      search={filter.search}
      mentioning={filter.mentioning}
      filteredEntities={filter.entities}
    />
  );
}

export const ErrorBoundary = RouteError;
