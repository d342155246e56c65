import { Form, Link, useNavigate } from "react-router";
import type { ReactNode } from "react";
import { ENTITY_TYPE_LABELS } from "../../../lib/entity-style";
import { paths } from "../../../lib/paths";
import type { EntityRef } from "../../../schema/entity";
import { TOPIC_LABELS } from "../../../schema/topics";
import type { EntityCount, TopicCount } from "../filter-articles";
import { DEFAULT_LIST_SEARCH, parseListSearch, serializeListSearch, type ListSearch } from "../search-params";

interface ListFiltersProps {
  topics: readonly TopicCount[];
  /** The entity facet: key entities of the current results, plus any chosen entity. */
  entities: readonly EntityCount[];
  search: ListSearch;
}

const chip =
  "inline-flex items-center gap-1.5 rounded-full border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-800 transition-colors peer-checked:border-red-700 peer-checked:bg-red-700 peer-checked:text-white peer-focus-visible:ring-2 peer-focus-visible:ring-red-700 peer-focus-visible:ring-offset-2 hover:border-stone-500 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-200 dark:peer-checked:border-red-400 dark:peer-checked:bg-red-400 dark:peer-checked:text-stone-950 dark:peer-focus-visible:ring-offset-stone-950";

/**
 * Checkboxes in a GET form: without JavaScript the form submits `?topic=…&entity=…`; with it, every change
 * navigates to the canonical URL at once (a new history entry, so back and forward step through filters).
 */
export function ListFilters({ topics, entities, search }: ListFiltersProps) {
  const navigate = useNavigate();
  const active = serializeListSearch(search);
  return (
    <Form
      method="get"
      action={paths.home()}
      key={active}
      className="space-y-4"
      onChange={(event) => {
        const params = new URLSearchParams();
        for (const [name, value] of new FormData(event.currentTarget)) params.append(name, String(value));
        void navigate(paths.home(serializeListSearch(parseListSearch(params))), { preventScrollReset: true });
      }}
    >
      <fieldset>
        <legend className="mb-2 text-sm font-semibold text-stone-700 dark:text-stone-300">Topics</legend>
        <div className="flex flex-wrap gap-2">
          {topics.map(({ id, count }) => (
            <Choice key={id} name="topic" value={id} checked={search.topics.includes(id)}>
              {TOPIC_LABELS[id]}
              <span className="tabular-nums opacity-75">{count}</span>
            </Choice>
          ))}
        </div>
      </fieldset>
      {entities.length > 0 && (
        <fieldset>
          <legend className="mb-2 text-sm font-semibold text-stone-700 dark:text-stone-300">
            Who and what these articles are about
          </legend>
          <div className="flex flex-wrap gap-2">
            {entities.map(({ entity, count }) => (
              <Choice key={entity.id} name="entity" value={entity.id} checked={search.entities.includes(entity.id)}>
                <EntityName entity={entity} />
                <span className="tabular-nums opacity-75">{count}</span>
              </Choice>
            ))}
          </div>
        </fieldset>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <noscript>
          <button type="submit" className="rounded border border-stone-400 px-3 py-1 text-sm">
            Apply
          </button>
        </noscript>
        {active !== serializeListSearch(DEFAULT_LIST_SEARCH) && (
          <Link
            to={paths.home()}
            preventScrollReset
            className="text-sm font-medium text-red-800 underline underline-offset-2 dark:text-red-300"
          >
            Clear filters
          </Link>
        )}
        <Link
          to={paths.entities(active)}
          className="text-sm font-medium text-stone-700 underline underline-offset-2 dark:text-stone-300"
        >
          Map these entities
        </Link>
      </div>
    </Form>
  );
}

function Choice({
  name,
  value,
  checked,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  children: ReactNode;
}) {
  return (
    <label className="relative">
      {/* The real checkbox covers its chip, invisible: clicks, taps and assistive tech all reach it. */}
      <input
        type="checkbox"
        name={name}
        value={value}
        defaultChecked={checked}
        className="peer absolute inset-0 cursor-pointer appearance-none rounded-full opacity-0"
      />
      <span className={chip}>{children}</span>
    </label>
  );
}

function EntityName({ entity }: { entity: EntityRef }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span aria-hidden="true" data-entity-type={entity.type} className="size-2.5 rounded-full border border-current" />
      <span className="sr-only">{ENTITY_TYPE_LABELS[entity.type].one}: </span>
      {entity.name}
    </span>
  );
}
