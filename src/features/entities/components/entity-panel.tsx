import { Link } from "react-router";
import { ENTITY_TYPE_LABELS } from "../../../lib/entity-style";
import { paths } from "../../../lib/paths";
import type { ArticleEntity } from "../../../schema/entity";
import { ENTITY_TYPES } from "../../../schema/entity-id";
import { serializeEntityFocus } from "../focus-params";

interface EntityPanelProps {
  slug: string;
  /** The article's entities, most salient first. */
  entities: readonly ArticleEntity[];
  focusedId: string | null;
}

/**
 * Who and what the article is about, by type, most salient first. Choosing one focuses it: the URL gains
 * `?entity=<id>` (so the view can be shared), its mentions are emphasised and the first is scrolled to.
 */
export function EntityPanel({ slug, entities, focusedId }: EntityPanelProps) {
  const groups = ENTITY_TYPES.map((type) => ({ type, items: entities.filter((e) => e.type === type) })).filter(
    (g) => g.items.length > 0,
  );
  if (groups.length === 0) return null;
  return (
    <nav aria-labelledby="panel-heading" className="space-y-4 text-sm">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="panel-heading" className="font-semibold text-stone-950 dark:text-stone-50">
          In this article
        </h2>
        {focusedId && (
          <Link
            to={paths.article(slug)}
            preventScrollReset
            className="text-xs font-medium text-red-800 underline dark:text-red-300"
          >
            Clear focus
          </Link>
        )}
      </div>
      {groups.map(({ type, items }) => (
        <section key={type} aria-label={ENTITY_TYPE_LABELS[type].many}>
          <h3 className="mb-1 text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">
            {ENTITY_TYPE_LABELS[type].many}
          </h3>
          <ul className="space-y-0.5">
            {items.map((entity) => (
              <li key={entity.id}>
                <Link
                  to={paths.article(slug, serializeEntityFocus(entity.id))}
                  preventScrollReset
                  aria-current={entity.id === focusedId ? "true" : undefined}
                  className="flex items-baseline justify-between gap-2 rounded px-2 py-1 text-stone-800 hover:bg-stone-100 aria-[current=true]:bg-stone-200 aria-[current=true]:font-semibold dark:text-stone-200 dark:hover:bg-stone-800 dark:aria-[current=true]:bg-stone-700"
                >
                  <span data-entity-type={type} className="entity">
                    {entity.name}
                  </span>
                  <span className="text-xs text-stone-500 tabular-nums dark:text-stone-400">
                    {entity.mentionCount}
                    <span className="sr-only"> mentions</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
