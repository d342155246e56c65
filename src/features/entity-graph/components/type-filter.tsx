import { Form, Link, useNavigate } from "react-router";
import { ENTITY_TYPE_LABELS } from "../../../lib/entity-style";
import type { TypeCount } from "../build-graph";
import { graphHref, parseGraphSearch, type GraphSearch } from "../search-params";
import { TypeIcon } from "./type-shape";

interface TypeFilterProps {
  counts: readonly TypeCount[];
  search: GraphSearch;
  /** The list's filter, already serialised: kept as it is when the types change. */
  listQuery: string;
}

/**
 * Checkboxes in a GET form, like the list's topic filter: without JavaScript the form submits `?type=…` (the list's
 * filter rides along in hidden fields); with it, every change navigates to the canonical URL at once.
 */
export function TypeFilter({ counts, search, listQuery }: TypeFilterProps) {
  const navigate = useNavigate();
  const allTypesHref = graphHref(listQuery, { types: [] });
  return (
    <Form
      method="get"
      action={allTypesHref}
      key={graphHref(listQuery, search)}
      onChange={(event) => {
        const params = new URLSearchParams();
        for (const [name, value] of new FormData(event.currentTarget)) params.append(name, String(value));
        void navigate(graphHref(listQuery, parseGraphSearch(params)), { preventScrollReset: true });
      }}
    >
      {[...new URLSearchParams(listQuery)].map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <fieldset>
        <legend className="mb-2 text-sm font-semibold text-stone-700 dark:text-stone-300">Show only</legend>
        <div className="flex flex-wrap gap-2">
          {counts.map(({ type, count }) => (
            <label key={type} className="relative">
              {/* The real checkbox covers its chip, invisible: clicks, taps and assistive tech all reach it. */}
              <input
                type="checkbox"
                name="type"
                value={type}
                defaultChecked={search.types.includes(type)}
                className="peer absolute inset-0 cursor-pointer appearance-none rounded-full opacity-0"
              />
              <span className="inline-flex items-center gap-1.5 rounded-full border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-800 transition-colors peer-checked:border-red-700 peer-checked:bg-red-50 peer-checked:font-medium peer-checked:ring-1 peer-checked:ring-red-700 peer-focus-visible:ring-2 peer-focus-visible:ring-red-700 peer-focus-visible:ring-offset-2 hover:border-stone-500 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-200 dark:peer-checked:border-red-400 dark:peer-checked:bg-red-950 dark:peer-checked:ring-red-400 dark:peer-focus-visible:ring-offset-stone-950">
                <TypeIcon type={type} />
                {ENTITY_TYPE_LABELS[type].many}
                <span className="tabular-nums opacity-75">{count}</span>
              </span>
            </label>
          ))}
          {search.types.length > 0 && (
            <Link
              to={allTypesHref}
              preventScrollReset
              className="inline-flex items-center rounded-full px-3 py-1.5 text-sm font-medium text-red-800 underline underline-offset-2 dark:text-red-300"
            >
              All types
            </Link>
          )}
        </div>
      </fieldset>
      <noscript>
        <button type="submit" className="mt-2 rounded border border-stone-400 px-3 py-1 text-sm">
          Apply
        </button>
      </noscript>
    </Form>
  );
}
