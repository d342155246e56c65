import { ENTITY_TYPE_LABELS } from "../../../lib/entity-style";
import type { ArticleEntity } from "../../../schema/entity";
import { ENTITY_TYPES, type EntityType } from "../../../schema/entity-id";

interface EntityLegendProps {
  entities: readonly ArticleEntity[];
  hiddenTypes: readonly EntityType[];
  onToggle: (type: EntityType) => void;
}

/** What each mark style means, how many entities of each type the article has, and a switch to hide each type. */
export function EntityLegend({ entities, hiddenTypes, onToggle }: EntityLegendProps) {
  const present = ENTITY_TYPES.map((type) => ({
    type,
    count: entities.filter((e) => e.type === type).length,
  })).filter((row) => row.count > 0);
  if (present.length === 0) return null;
  return (
    <section aria-labelledby="legend-heading" className="text-sm">
      <h2 id="legend-heading" className="sr-only">
        Highlighted entities
      </h2>
      <ul className="flex flex-wrap gap-2">
        {present.map(({ type, count }) => {
          const shown = !hiddenTypes.includes(type);
          const label = count === 1 ? ENTITY_TYPE_LABELS[type].one : ENTITY_TYPE_LABELS[type].many;
          return (
            <li key={type}>
              <button
                type="button"
                aria-pressed={shown}
                onClick={() => onToggle(type)}
                title={shown ? `Hide ${label.toLowerCase()} highlights` : `Show ${label.toLowerCase()} highlights`}
                className="flex items-center gap-1.5 rounded-full border border-stone-300 px-2.5 py-1 text-stone-800 hover:border-stone-500 aria-[pressed=false]:border-dashed aria-[pressed=false]:text-stone-500 dark:border-stone-600 dark:text-stone-200 dark:aria-[pressed=false]:text-stone-400"
              >
                <span
                  aria-hidden="true"
                  data-entity-type={type}
                  className={shown ? "entity font-medium" : "px-0.5 font-medium line-through"}
                >
                  Aa
                </span>
                {label} <span className="tabular-nums opacity-75">{count}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
