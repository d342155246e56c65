import { HydrationBoundary, useSuspenseQuery } from "@tanstack/react-query";
import { articleIndexQuery } from "../../features/articles/api/article-queries";
import { ArticleCard } from "../../features/articles/components/article-card";
import { serializeListSearch } from "../../features/articles/search-params";
import { TopicHeader } from "../../features/topics/components/topic-header";
import { articlesInTopic, topicHead, type TopicHead } from "../../features/topics/topic-articles";
import { formatCount } from "../../lib/format";
import { paths } from "../../lib/paths";
import { prefetchDehydrated, queryClient } from "../../lib/query-client";
import { notFoundMeta, pageMeta } from "../../lib/site-meta";
import { RouteError } from "../route-error";
import type { Route } from "./+types/topic";

/** Build time only (prerender): the index, embedded in the page so it hydrates without a request. */
export async function loader({ params }: Route.LoaderArgs) {
  const { data, dehydratedState } = await prefetchDehydrated(articleIndexQuery());
  return { dehydratedState, head: topicHead(params.id, data.articles) };
}

export async function clientLoader({ params }: Route.ClientLoaderArgs) {
  const data = await queryClient.ensureQueryData(articleIndexQuery());
  return { dehydratedState: null, head: topicHead(params.id, data.articles) };
}

export function meta({ loaderData }: Route.MetaArgs) {
  if (!loaderData) return notFoundMeta("Topic not found");
  const { id, label, articleCount } = loaderData.head;
  return pageMeta({
    path: paths.topic(id),
    title: label,
    description: `${formatCount(articleCount, "article")} about ${label.toLowerCase()}, newest first, with the people, organizations and places in each story highlighted.`,
    type: "website",
    feeds: [{ title: `${label} · Lede`, path: paths.feed(id) }],
  });
}

export default function TopicRoute({ loaderData }: Route.ComponentProps) {
  return (
    <HydrationBoundary state={loaderData.dehydratedState}>
      <TopicPage topic={loaderData.head} />
    </HydrationBoundary>
  );
}

function TopicPage({ topic }: { topic: TopicHead }) {
  const { data } = useSuspenseQuery(articleIndexQuery());
  const listHref = paths.topic(topic.id);
  return (
    <div className="mx-auto max-w-3xl">
      <TopicHeader
        topic={topic}
        feedHref={paths.feed(topic.id)}
        listHref={paths.home(serializeListSearch({ topics: [topic.id], entities: [] }))}
      />
      <section aria-label={`Articles about ${topic.label}`}>
        {articlesInTopic(data.articles, topic.id).map((article) => (
          <ArticleCard key={article.slug} article={article} listHref={listHref} />
        ))}
      </section>
    </div>
  );
}

export const ErrorBoundary = RouteError;
