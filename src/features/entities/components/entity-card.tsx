import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { EntityTag } from "../../../components/ui/entity-tag";
import { ENTITY_TYPE_LABELS } from "../../../lib/entity-style";
import { formatCount } from "../../../lib/format";
import { paths } from "../../../lib/paths";
import type { ArticleEntity } from "../../../schema/entity";
import { entityDetailQuery } from "../api/entity-queries";
import { CountryLink } from "./country-link";

interface EntityCardProps {
  entity: ArticleEntity;
  /** The article being read: it is left out of "other articles". */
  currentSlug: string;
  headingId: string;
  onClose: () => void;
}

/** Who or what a mark refers to, how it figures here and across the collection, and where to go next. */
export function EntityCard({ entity, currentSlug, headingId, onClose }: EntityCardProps) {
  const { data: detail, status } = useQuery(entityDetailQuery(entity.id));
  const others = detail?.articles.filter((a) => a.slug !== currentSlug) ?? [];
  return (
    <div className="w-80 max-w-[calc(100vw-1rem)] space-y-3 rounded-lg border border-stone-200 bg-white p-4 text-sm text-stone-800 shadow-xl dark:border-stone-700 dark:bg-stone-900 dark:text-stone-200">
      <div className="flex items-start justify-between gap-3">
        <div>
          <p className="text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">
            {ENTITY_TYPE_LABELS[entity.type].one}
          </p>
          <h2 id={headingId} className="font-serif text-lg leading-snug font-bold text-stone-950 dark:text-stone-50">
            {entity.name}
          </h2>
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close"
          className="-mt-1 -mr-1 rounded p-1 text-lg leading-none text-stone-500 hover:bg-stone-100 dark:text-stone-400 dark:hover:bg-stone-800"
        >
          ×
        </button>
      </div>
      {detail?.entity.description && <p>{detail.entity.description}</p>}
      {detail?.entity.country && <CountryLink country={detail.entity.country} />}
      <p>
        Mentioned {entity.mentionCount === 1 ? "once" : `${entity.mentionCount} times`} in this article.{" "}
        {status === "pending" && <span className="text-stone-500 dark:text-stone-400">Loading the collection…</span>}
        {status === "error" && <span>The rest of the collection could not be loaded.</span>}
        {detail &&
          (others.length === 0
            ? "No other article mentions it."
            : `In ${formatCount(Math.max(others.length, (detail?.entity.articleCount ?? 1) - 1), "other article")}:`)}
      </p>
      {others.length > 0 && (
        <ul className="space-y-1">
          {others.slice(0, 3).map((article) => (
            <li key={article.slug}>
              <Link to={paths.article(article.slug)} className="font-medium text-red-800 underline dark:text-red-300">
                {article.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {detail && detail.coMentions.length > 0 && (
        <div>
          <h3 className="mb-1 text-xs font-semibold text-stone-600 dark:text-stone-400">Often appears with</h3>
          <ul className="flex flex-wrap gap-1">
            {detail.coMentions.slice(0, 5).map((other) => (
              <li key={other.id}>
                <Link to={paths.entity(other.id)}>
                  <EntityTag type={other.type}>{other.name}</EntityTag>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="flex flex-wrap items-center justify-between gap-2 border-t border-stone-200 pt-3 dark:border-stone-700">
        <Link to={paths.entity(entity.id)} className="font-semibold text-red-800 underline dark:text-red-300">
          All about {entity.name} →
        </Link>
        {detail?.entity.wikidata && (
          <a
            href={`https://www.wikidata.org/wiki/${detail.entity.wikidata}`}
            rel="noopener noreferrer"
            target="_blank"
            className="text-xs text-stone-600 underline dark:text-stone-400"
          >
            Wikidata <span className="sr-only">(opens in a new tab)</span>
          </a>
        )}
      </p>
    </div>
  );
}
