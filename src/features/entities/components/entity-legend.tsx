import { ENTITY_TYPE_LABELS } from "../../../lib/entity-style";
import { ENTITY_TYPES, type ArticleEntity } from "../../../schema/entity";

/** What each mark style means, with how many distinct entities of each type this article has. */
export function EntityLegend({ entities }: { entities: readonly ArticleEntity[] }) {
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
      <ul className="flex flex-wrap gap-x-4 gap-y-2">
        {present.map(({ type, count }) => (
          <li key={type} className="flex items-center gap-1.5">
            <span aria-hidden="true" data-entity-type={type} className="entity font-medium">
              Aa
            </span>
            <span className="text-stone-700 dark:text-stone-300">
              {count === 1 ? ENTITY_TYPE_LABELS[type].one : ENTITY_TYPE_LABELS[type].many}{" "}
              <span className="tabular-nums text-stone-500 dark:text-stone-400">{count}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
