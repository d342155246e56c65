import { DehydratedBoundary } from "../../lib/dehydrated-boundary";
import { articleQuery } from "../../lib/article-query";
import { paths } from "../../lib/paths";
import { buildFacts } from "../../lib/build-context";
import { prefetchDehydrated, getQueryClient } from "../../lib/query-client";
import { notFoundMeta, pageMeta } from "../../lib/site-meta";
import type { Article } from "../../schema/article";
import { TOPIC_LABELS } from "../../schema/topics";
import { ArticlePage } from "./article-page";
import { RouteError } from "../route-error";
import type { Route } from "./+types/article";

function head(article: Article) {
  const [primary] = article.topics;
  return {
    title: article.title,
    description: article.summary,
    source: article.source,
    date: article.date,
    section: primary ? TOPIC_LABELS[primary] : null,
    tags: article.tags,
  };
}

/** Build time only (prerender): the article, embedded in its page. */
export async function loader({ params, context }: Route.LoaderArgs) {
  const { data, dehydratedState } = await prefetchDehydrated(articleQuery(params.slug));
  const ownImage = buildFacts(context)?.hasOwnPreviewImage(params.slug) ?? false;
  return { dehydratedState, head: head(data), ownImage };
}

export async function clientLoader({ params }: Route.ClientLoaderArgs) {
  const data = await getQueryClient().ensureQueryData(articleQuery(params.slug));
  // Which articles have their own preview image is known only at build time; crawlers read the prerendered page.
  return { dehydratedState: null, head: head(data), ownImage: false };
}

export function meta({ loaderData, params }: Route.MetaArgs) {
  if (!loaderData) return notFoundMeta("Article not found");
  const { title, description, source, date, section, tags } = loaderData.head;
  return pageMeta({
    path: paths.article(params.slug),
    title,
    description,
    type: "article",
    // Without an image of its own, the page shows the site's card (pageMeta's default).
    ...(loaderData.ownImage
      ? { image: { path: paths.ogImage(params.slug), alt: source ? `${title} (${source})` : title } }
      : {}),
    article: { publishedTime: date, section, tags },
  });
}

export default function ArticleRoute({ loaderData, params }: Route.ComponentProps) {
  return (
    <DehydratedBoundary state={loaderData.dehydratedState}>
      <ArticlePage slug={params.slug} />
    </DehydratedBoundary>
  );
}

export const ErrorBoundary = RouteError;
