import { articleIndexQuery, catalogQuery } from "../../features/article-list/api/list-queries";
import { TopicList } from "../../features/article-list/components/topic-list";
import { serializeListSearch } from "../../features/article-list/search-params";
import { TopicHeader } from "../../features/topics/components/topic-header";
import { articlesInTopic, topicHead } from "../../features/topics/topic-articles";
import { formatCount } from "../../lib/format";
import { paths } from "../../lib/paths";
import { createQueryClient, getQueryClient } from "../../lib/query-client";
import { notFoundMeta, pageMeta } from "../../lib/site-meta";
import { RouteError } from "../route-error";
import { useListReading } from "./list-reading";
import type { Route } from "./+types/topic";

/** As many cards as the list's first screen. */
const FIRST_SCREEN = 12;

/**
 * Build time only (prerender): the topic and its newest articles, embedded in the page. The full index is read
 * here but not embedded: at scale it is megabytes, and the rest of the list comes from the catalog on demand.
 */
export async function loader({ params }: Route.LoaderArgs) {
  // Every topic page of a build reads the same index: fetchJson reads and validates it once per build process
  // (`shared`), as parsing it for each page was most of the time a rebuild spent rendering.
  const { articles } = await createQueryClient().fetchQuery(articleIndexQuery());
  const head = topicHead(params.id, articles);
  return { head, first: articlesInTopic(articles, head.id).slice(0, FIRST_SCREEN) };
}

/** In-app navigation: the catalog (the list loads it too), which has every article's topics. */
export async function clientLoader({ params }: Route.ClientLoaderArgs) {
  const catalog = await getQueryClient().ensureQueryData(catalogQuery());
  return { head: topicHead(params.id, catalog.articles), first: [] };
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
  const { head, first } = loaderData;
  const listHref = paths.topic(head.id);
  const reading = useListReading();
  return (
    <div className="mx-auto max-w-3xl">
      <TopicHeader
        topic={head}
        feedHref={paths.feed(head.id)}
        listHref={paths.home(serializeListSearch({ topics: [head.id] }))}
      />
      <section aria-label={`Articles about ${head.label}`}>
        <TopicList
          key={head.id}
          topic={head.id}
          first={first}
          articleCount={head.articleCount}
          listHref={listHref}
          reading={reading}
        />
      </section>
    </div>
  );
}

export const ErrorBoundary = RouteError;
