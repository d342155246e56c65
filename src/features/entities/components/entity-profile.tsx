import { Link } from "react-router";
import { EntityTag } from "../../../components/ui/entity-tag";
import { ENTITY_TYPE_LABELS } from "../../../lib/entity-style";
import { formatCount, formatDate, formatNumber } from "../../../lib/format";
import { paths } from "../../../lib/paths";
import type { EntityDetail } from "../../../schema/entity-detail";
import { CountryLink } from "./country-link";
import { MentionTimeline } from "./mention-timeline";

interface EntityProfileProps {
  detail: EntityDetail;
  /** The list, filtered to this entity's articles. */
  listHref: string;
}

/** An entity across the collection: what it is, every article that mentions it, who it appears with, and when. */
export function EntityProfile({ detail, listHref }: EntityProfileProps) {
  const { entity, articles, coMentions, timeline } = detail;
  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <p className="text-sm font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">
          <span data-entity-type={entity.type} className="entity">
            {ENTITY_TYPE_LABELS[entity.type].one}
          </span>
        </p>
        <h1 className="font-serif text-3xl leading-tight font-bold text-stone-950 sm:text-4xl dark:text-stone-50">
          {entity.name}
        </h1>
        {entity.description && <p className="text-lg text-stone-700 dark:text-stone-300">{entity.description}</p>}
        {entity.country && <CountryLink country={entity.country} />}
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
          <span>
            {formatCount(entity.mentionCount, "mention")} in {formatCount(entity.articleCount, "article")}
          </span>
          <Link to={listHref} className="font-medium text-red-800 underline dark:text-red-300">
            Show {entity.articleCount === 1 ? "it" : "them"} in the list
          </Link>
          {entity.wikidata && (
            <a
              href={`https://www.wikidata.org/wiki/${entity.wikidata}`}
              rel="noopener noreferrer"
              className="underline"
            >
              Wikidata {entity.wikidata}
            </a>
          )}
        </p>
      </header>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <section aria-labelledby="articles-heading" className="min-w-0">
          <h2 id="articles-heading" className="mb-2 text-lg font-bold text-stone-950 dark:text-stone-50">
            Articles
          </h2>
          {entity.articleCount > articles.length && (
            <p className="mb-2 text-sm text-stone-600 dark:text-stone-400">
              The {articles.length} newest of {formatNumber(entity.articleCount)}.{" "}
              <Link to={listHref} className="font-medium text-red-800 underline dark:text-red-300">
                See them all in the list
              </Link>
            </p>
          )}
          <ol className="divide-y divide-stone-200 dark:divide-stone-800">
            {articles.map((article) => (
              <li key={article.slug} className="py-4">
                <h3 className="font-serif text-xl font-bold text-stone-950 dark:text-stone-50">
                  <Link to={paths.article(article.slug, `entity=${entity.id}`)} className="hover:underline">
                    {article.title}
                  </Link>
                </h3>
                <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                  {[
                    article.source,
                    article.date && formatDate(article.date),
                    formatCount(article.mentionCount, "mention"),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                <blockquote className="mt-2 font-serif text-stone-800 dark:text-stone-200">
                  {article.snippet.text.slice(0, article.snippet.start)}
                  <mark data-entity-type={entity.type} className="entity">
                    {article.snippet.text.slice(article.snippet.start, article.snippet.end)}
                  </mark>
                  {article.snippet.text.slice(article.snippet.end)}
                </blockquote>
              </li>
            ))}
          </ol>
        </section>

        <aside className="space-y-8">
          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" className="mb-2 text-sm font-semibold text-stone-950 dark:text-stone-50">
              Mentions over time
            </h2>
            <MentionTimeline timeline={timeline} />
          </section>
          {coMentions.length > 0 && (
            <section aria-labelledby="co-heading">
              <h2 id="co-heading" className="mb-2 text-sm font-semibold text-stone-950 dark:text-stone-50">
                Appears with
              </h2>
              <ul className="space-y-1">
                {coMentions.map((other) => (
                  <li key={other.id} className="flex items-center justify-between gap-2 text-sm">
                    <Link to={paths.entity(other.id)}>
                      <EntityTag type={other.type}>{other.name}</EntityTag>
                    </Link>
                    <span className="text-xs text-stone-600 tabular-nums dark:text-stone-400">
                      {formatCount(other.count, "article")}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}
