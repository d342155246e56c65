import { HydrationBoundary, useSuspenseQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { articleQuery } from "../../features/articles/api/article-queries";
import { ArticleBlock } from "../../features/articles/components/article-block";
import { ArticleHeader } from "../../features/articles/components/article-header";
import { BackToList } from "../../features/articles/components/back-to-list";
import { EntityLegend } from "../../features/entities/components/entity-legend";
import { EntityText } from "../../features/entities/components/entity-text";
import { prefetchDehydrated, queryClient } from "../../lib/query-client";
import type { Article } from "../../schema/article";
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

function ArticlePage({ slug }: { slug: string }) {
  const { data: article } = useSuspenseQuery(articleQuery(slug));
  const entities = useMemo(() => new Map(article.entities.map((e) => [e.id, e])), [article.entities]);
  return (
    <article className="space-y-6">
      <BackToList />
      <ArticleHeader article={article} />
      <EntityLegend entities={article.entities} />
      <div className="space-y-5 font-serif text-lg leading-relaxed text-stone-900 sm:text-xl sm:leading-relaxed dark:text-stone-100">
        {article.blocks.map((block, i) => (
          <ArticleBlock key={i} block={block}>
            <EntityText text={block.text} mentions={block.mentions} entities={entities} />
          </ArticleBlock>
        ))}
      </div>
      {article.url && (
        <p className="border-t border-stone-200 pt-4 text-sm dark:border-stone-800">
          <a href={article.url} rel="noopener noreferrer" className="text-red-800 underline dark:text-red-300">
            Read the original{article.source ? ` at ${article.source}` : ""}
          </a>
        </p>
      )}
    </article>
  );
}

export const ErrorBoundary = RouteError;
