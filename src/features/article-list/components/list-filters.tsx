import { Form, Link, useNavigate } from "react-router";
import { useState, type ReactNode } from "react";
import { ENTITY_TYPE_LABELS } from "../../../lib/entity-style";
import { formatCount, formatNumber } from "../../../lib/format";
import { paths } from "../../../lib/paths";
import type { EntityRef } from "../../../schema/entity";
import type { FacetCounts } from "../../../schema/list";
import { TOPIC_LABELS } from "../../../schema/topics";
import { HiddenParams } from "./hidden-params";
import { useFollowValue } from "./use-follow-value";
import { hasFilters, parseListSearch, serializeListSearch, SORTS, type ListSearch, type Sort } from "../search-params";

interface ListFiltersProps {
  facets: FacetCounts;
  search: ListSearch;
  /** Whether relevance is a possible order (only with a query). */
  canRank: boolean;
  /** The line that says how many articles are shown. */
  status: ReactNode;
  /** The first interaction starts loading the catalog the filters work on. */
  onPrepare: () => void;
  /** A closed "More filters" changes the list's offset on the page. */
  onToggle?: () => void;
}

const chip =
  "inline-flex items-center gap-1.5 rounded-full border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-800 peer-checked:border-red-700 peer-checked:bg-red-700 peer-checked:text-white peer-focus-visible:ring-2 peer-focus-visible:ring-red-700 peer-focus-visible:ring-offset-2 hover:border-stone-500 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-200 dark:peer-checked:border-red-400 dark:peer-checked:bg-red-400 dark:peer-checked:text-stone-950 dark:peer-focus-visible:ring-offset-stone-950";
const legend = "mb-2 text-sm font-semibold text-stone-700 dark:text-stone-300";
const SORT_LABELS: Record<Sort, string> = { newest: "Newest first", oldest: "Oldest first", relevance: "Best match" };

/**
 * Checkboxes, date fields and the order in a GET form: without JavaScript the form submits `?topic=…&source=…`;
 * with it, every change navigates to the canonical URL at once (a new history entry, so Back undoes a filter).
 */
export function ListFilters({ facets, search, canRank, status, onPrepare, onToggle }: ListFiltersProps) {
  const navigate = useNavigate();
  const sortRef = useFollowValue<HTMLSelectElement>(search.sort ?? "");
  const moreChosen = search.sources.length + search.entities.length + Number(!!search.from) + Number(!!search.to);
  const [moreOpen, setMoreOpen] = useState(moreChosen > 0);
  // A link that arrives with such a choice (applied after hydration) opens the section, once.
  const [hadChosen, setHadChosen] = useState(moreChosen > 0);
  if (moreChosen > 0 !== hadChosen) {
    setHadChosen(moreChosen > 0);
    if (moreChosen > 0) setMoreOpen(true);
  }
  return (
    <Form
      method="get"
      action={paths.home()}
      className="space-y-4"
      onPointerEnter={onPrepare}
      onFocus={onPrepare}
      onChange={(event) => {
        const params = new URLSearchParams();
        for (const [name, value] of new FormData(event.currentTarget)) params.append(name, String(value));
        void navigate(paths.home(serializeListSearch(parseListSearch(params))), { preventScrollReset: true });
      }}
    >
      {search.q && <input type="hidden" name="q" value={search.q} />}
      <fieldset data-facet="topic">
        <legend className={legend}>Topics</legend>
        <div className="flex flex-wrap gap-2">
          {facets.topics.map(({ id, count }) => (
            <Choice key={id} name="topic" value={id} checked={search.topics.includes(id)} count={count}>
              {TOPIC_LABELS[id]}
            </Choice>
          ))}
        </div>
      </fieldset>
      {/* The reader's own state lives in this browser, so these only narrow the list once the page is live. */}
      <fieldset data-facet="reading">
        <legend className={legend}>Your reading</legend>
        <div className="flex flex-wrap gap-2">
          <Choice name="read" value="unread" checked={search.read === "unread"}>
            Unread only
          </Choice>
          <Choice name="saved" value="1" checked={search.saved}>
            Saved
          </Choice>
        </div>
      </fieldset>
      <details
        open={moreOpen}
        onToggle={(event) => {
          setMoreOpen(event.currentTarget.open);
          onToggle?.();
        }}
      >
        <summary className="cursor-pointer text-sm font-semibold text-stone-700 select-none hover:text-stone-950 dark:text-stone-300 dark:hover:text-stone-50">
          More filters: source, who and what, date{moreChosen > 0 && ` (${moreChosen} chosen)`}
        </summary>
        {/* Rendered only when open: a closed list of chips is still page weight and style work on load. Closed, the
            chosen values ride along as hidden fields so a topic click keeps them. */}
        {moreOpen ? (
          <div className="mt-4 space-y-4">
            {facets.sources.length > 0 && (
              <fieldset data-facet="source">
                <legend className={legend}>Sources</legend>
                <div className="flex flex-wrap gap-2">
                  {facets.sources.map(({ name, count }) => (
                    <Choice key={name} name="source" value={name} checked={search.sources.includes(name)} count={count}>
                      {name}
                    </Choice>
                  ))}
                </div>
              </fieldset>
            )}
            {facets.entities.length > 0 && (
              <fieldset data-facet="entity">
                <legend className={legend}>Who and what these articles are about</legend>
                <div className="flex flex-wrap gap-2">
                  {facets.entities.map(({ entity, count }) => (
                    <Choice
                      key={entity.id}
                      name="entity"
                      value={entity.id}
                      checked={search.entities.includes(entity.id)}
                      count={count}
                    >
                      <EntityName entity={entity} />
                    </Choice>
                  ))}
                </div>
              </fieldset>
            )}
            <DateFilter facets={facets} search={search} />
          </div>
        ) : (
          <HiddenParams
            query={serializeListSearch({
              sources: search.sources,
              entities: search.entities,
              from: search.from,
              to: search.to,
            })}
          />
        )}
      </details>
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-stone-200 pt-4 dark:border-stone-800">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          {status}
          {hasFilters(search) && (
            <Link
              to={paths.home()}
              preventScrollReset
              className="text-sm font-medium text-red-800 underline underline-offset-2 dark:text-red-300"
            >
              Clear filters
            </Link>
          )}
          <Link
            to={paths.entities(serializeListSearch({ topics: search.topics, entities: search.entities }))}
            className="text-sm font-medium text-stone-700 underline underline-offset-2 dark:text-stone-300"
          >
            Map these entities
          </Link>
        </div>
        <label className="flex items-center gap-2 text-sm text-stone-700 dark:text-stone-300">
          Sort
          <select
            ref={sortRef}
            name="sort"
            defaultValue={search.sort ?? ""}
            className="rounded border border-stone-300 bg-white px-2 py-1 text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
          >
            <option value="">{canRank ? "Best match" : "Newest first"} (default)</option>
            {SORTS.map((s) => (
              <option key={s} value={s} disabled={s === "relevance" && !canRank}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <noscript>
          <button type="submit" className="rounded border border-stone-400 px-3 py-1 text-sm">
            Apply
          </button>
        </noscript>
      </div>
    </Form>
  );
}

function DateFilter({ facets, search }: { facets: FacetCounts; search: ListSearch }) {
  const years = facets.years;
  const fromRef = useFollowValue<HTMLInputElement>(search.from ?? "");
  const toRef = useFollowValue<HTMLInputElement>(search.to ?? "");
  const first = years[0]?.year;
  const last = years.at(-1)?.year;
  return (
    <fieldset data-facet="date">
      <legend className={legend}>Date</legend>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm text-stone-700 dark:text-stone-300">
          From
          <input
            ref={fromRef}
            type="date"
            name="from"
            defaultValue={search.from ?? ""}
            min={first ? `${first}-01-01` : undefined}
            max={last ? `${last}-12-31` : undefined}
            className="rounded border border-stone-300 bg-white px-2 py-1 text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
          />
        </label>
        <label className="flex flex-col text-sm text-stone-700 dark:text-stone-300">
          To
          <input
            ref={toRef}
            type="date"
            name="to"
            defaultValue={search.to ?? ""}
            min={first ? `${first}-01-01` : undefined}
            max={last ? `${last}-12-31` : undefined}
            className="rounded border border-stone-300 bg-white px-2 py-1 text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
          />
        </label>
      </div>
      {years.length > 0 && (
        <ul aria-label="Articles by year" className="mt-3 flex flex-wrap gap-2">
          {years.map(({ year, count }) => {
            const chosen = search.from === `${year}-01-01` && search.to === `${year}-12-31`;
            return (
              <li key={year}>
                <Link
                  to={paths.home(
                    serializeListSearch(
                      chosen
                        ? { ...search, from: null, to: null }
                        : { ...search, from: `${year}-01-01`, to: `${year}-12-31` },
                    ),
                  )}
                  preventScrollReset
                  aria-current={chosen ? "true" : undefined}
                  aria-label={`${year}: ${formatCount(count, "article")}`}
                  className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm ${
                    chosen
                      ? "border-red-700 bg-red-700 text-white dark:border-red-400 dark:bg-red-400 dark:text-stone-950"
                      : "border-stone-300 bg-white text-stone-800 hover:border-stone-500 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-200"
                  }`}
                >
                  {year}
                  <span className="tabular-nums opacity-75">{count}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

function Choice({
  name,
  value,
  checked,
  count,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  count?: number;
  children: ReactNode;
}) {
  const ref = useFollowValue<HTMLInputElement>(checked);
  return (
    <label className="relative">
      {/* The real checkbox covers its chip, invisible: clicks, taps and assistive tech all reach it. */}
      <input
        ref={ref}
        type="checkbox"
        name={name}
        value={value}
        defaultChecked={checked}
        className="peer absolute inset-0 cursor-pointer appearance-none rounded-full opacity-0"
      />
      <span className={chip}>
        {children}
        {count !== undefined && <span className="tabular-nums opacity-75">{formatNumber(count)}</span>}
      </span>
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
