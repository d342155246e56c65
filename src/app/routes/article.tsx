import { HydrationBoundary } from "@tanstack/react-query";
import { articleQuery } from "../../features/articles/api/article-queries";
import { prefetchDehydrated, queryClient } from "../../lib/query-client";
import type { Article } from "../../schema/article";
import { ArticlePage } from "../article-page";
import { RouteError } from "../route-error";
import type { Route } from "./+types/article";

function head(article: Article) {
  return { title: article.title, description: article.summary, source: article.source };
}

/** Build time only (prerender): the article, embedded in its page. */
export async function loader({ params }: Route.LoaderArgs) {
  const { data, dehydratedState } = await prefetchDehydrated(articleQuery(params.slug));
  return { dehydratedState, head: head(data) };
}

export async function clientLoader({ params }: Route.ClientLoaderArgs) {
  const data = await queryClient.ensureQueryData(articleQuery(params.slug));
  return { dehydratedState: null, head: head(data) };
}

export function meta({ loaderData }: Route.MetaArgs) {
  if (!loaderData) return [{ title: "Article not found · Lede" }];
  const { title, description, source } = loaderData.head;
  return [
    { title: `${title} · Lede` },
    { name: "description", content: description },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
    { property: "og:type", content: "article" },
    ...(source ? [{ property: "og:site_name", content: source }] : []),
  ];
}

export default function ArticleRoute({ loaderData, params }: Route.ComponentProps) {
  return (
    <HydrationBoundary state={loaderData.dehydratedState}>
      <ArticlePage slug={params.slug} />
    </HydrationBoundary>
  );
}

export const ErrorBoundary = RouteError;
