import type { ReactNode } from "react";
import { Link } from "react-router";
import { EntityTag } from "../../../components/ui/entity-tag";
import { TopicBadge } from "../../../components/ui/topic-badge";
import { paths } from "../../../lib/paths";
import type { ArticleSummary } from "../../../schema/article";
import { TOPIC_LABELS } from "../../../schema/topics";
import { listOriginState } from "../../../lib/list-origin";
import { ArticleMeta } from "../../../components/ui/article-meta";

/** What a card shows; the summary is null while it loads (rows beyond the first screen fetch it by page). */
export type CardArticle = Pick<
  ArticleSummary,
  "slug" | "title" | "date" | "source" | "topics" | "readingMinutes" | "entities"
> & { summary: string | null };

interface ArticleCardProps {
  article: CardArticle;
  listHref: string;
  /** Where the card links: the article, or the article with the search's words highlighted. */
  href?: string;
  /** Shown instead of the summary: where a search matched. */
  snippet?: ReactNode;
  /** The reader's read state; undefined until it is known (prerendered, or still loading). */
  read?: boolean;
  /** Beside the topic: the read state and the save button, once the reader's state is known. */
  marks?: ReactNode;
}

export function ArticleCard({
  article,
  listHref,
  href = paths.article(article.slug),
  snippet,
  read,
  marks,
}: ArticleCardProps) {
  return (
    <article
      data-article-row={article.slug}
      className="group relative border-b border-stone-200 py-6 dark:border-stone-800"
    >
      {/* Always as tall as a badge, so the reader's marks arrive after hydration without moving anything. */}
      <div className="mb-2 flex min-h-6 items-start justify-between gap-3">
        {article.topics.length > 0 ? (
          <ul aria-label="Topics" className="flex flex-wrap gap-1.5">
            {article.topics.map((topic, i) => (
              <li key={topic}>
                <TopicBadge primary={i === 0}>{TOPIC_LABELS[topic]}</TopicBadge>
              </li>
            ))}
          </ul>
        ) : (
          <span />
        )}
        {marks}
      </div>
      <h2
        className={`font-serif text-xl leading-snug font-bold text-balance sm:text-2xl ${
          read ? "text-stone-600 dark:text-stone-400" : "text-stone-950 dark:text-stone-50"
        }`}
      >
        <Link
          to={href}
          state={listOriginState(listHref)}
          className="after:absolute after:inset-0 group-hover:underline focus-visible:outline-none"
        >
          {article.title}
        </Link>
      </h2>
      <div className="mt-1">
        <ArticleMeta source={article.source} date={article.date} readingMinutes={article.readingMinutes} />
      </div>
      {snippet ??
        (article.summary === null ? (
          <p aria-hidden="true" className="mt-2 space-y-2">
            <span className="block h-4 w-full animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
            <span className="block h-4 w-2/3 animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
          </p>
        ) : (
          article.summary && <p className="mt-2 line-clamp-3 text-stone-700 dark:text-stone-300">{article.summary}</p>
        ))}
      {article.entities.length > 0 && (
        <ul aria-label="Key entities" className="mt-3 flex flex-wrap gap-1.5">
          {article.entities.map((entity) => (
            <li key={entity.id}>
              <EntityTag type={entity.type}>{entity.name}</EntityTag>
            </li>
          ))}
        </ul>
      )}
      <span className="pointer-events-none absolute -inset-x-3 inset-y-1 rounded-lg ring-red-700 group-has-[a:focus-visible]:ring-2" />
    </article>
  );
}
