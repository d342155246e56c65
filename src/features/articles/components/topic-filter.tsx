import { Form, Link, useNavigate } from "react-router";
import { paths } from "../../../lib/paths";
import { TOPIC_LABELS } from "../../../schema/topics";
import type { TopicCount } from "../filter-articles";
import { parseListSearch, serializeListSearch, type ListSearch } from "../search-params";

/**
 * Checkboxes in a GET form: without JavaScript the form submits `?topic=…`; with it, every change navigates to
 * the canonical URL at once (a new history entry, so back and forward step through filters).
 */
export function TopicFilter({ counts, search }: { counts: readonly TopicCount[]; search: ListSearch }) {
  const navigate = useNavigate();
  const formKey = serializeListSearch(search);
  return (
    <Form
      method="get"
      action={paths.home()}
      key={formKey}
      onChange={(event) => {
        const params = new URLSearchParams();
        for (const [name, value] of new FormData(event.currentTarget)) params.append(name, String(value));
        void navigate(paths.home(serializeListSearch(parseListSearch(params))), { preventScrollReset: true });
      }}
    >
      <fieldset>
        <legend className="mb-2 text-sm font-semibold text-stone-700 dark:text-stone-300">Filter by topic</legend>
        <div className="flex flex-wrap gap-2">
          {counts.map(({ id, count }) => (
            <label key={id} className="relative">
              {/* The real checkbox covers its chip, invisible: clicks, taps and assistive tech all reach it. */}
              <input
                type="checkbox"
                name="topic"
                value={id}
                defaultChecked={search.topics.includes(id)}
                className="peer absolute inset-0 cursor-pointer appearance-none rounded-full opacity-0"
              />
              <span className="inline-flex items-center gap-1.5 rounded-full border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-800 transition-colors peer-checked:border-red-700 peer-checked:bg-red-700 peer-checked:text-white peer-focus-visible:ring-2 peer-focus-visible:ring-red-700 peer-focus-visible:ring-offset-2 hover:border-stone-500 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-200 dark:peer-checked:border-red-400 dark:peer-checked:bg-red-400 dark:peer-checked:text-stone-950 dark:peer-focus-visible:ring-offset-stone-950">
                {TOPIC_LABELS[id]}
                <span className="tabular-nums opacity-75">{count}</span>
              </span>
            </label>
          ))}
          {search.topics.length > 0 && (
            <Link
              to={paths.home()}
              preventScrollReset
              className="inline-flex items-center rounded-full px-3 py-1.5 text-sm font-medium text-red-800 underline underline-offset-2 dark:text-red-300"
            >
              Clear filter
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
