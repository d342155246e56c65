import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { formatCount, formatNumber } from "../../../lib/format";
import { paths } from "../../../lib/paths";
import type { EntityRef } from "../../../schema/entity";
import type { FacetCounts, ListHead } from "../../../schema/list";
import { TOPIC_IDS } from "../../../schema/topics";
import { catalogQuery, searchHitsQuery } from "../api/list-queries";
import { formatQuery, hasText, parseQuery, type ParsedQuery } from "../search/parse-query";
import { prepareSearch } from "../search/search-client";
import { selectResults, type MentioningArticles } from "../search/select-results";
import { textQueryOf } from "../search/text-query";
import { usePhraseCheck } from "../search/use-phrase-check";
import { hasFilters, serializeListSearch, type ListSearch } from "../search-params";
import { ArticleCard } from "./article-card";
import { CatalogCard } from "./catalog-card";
import { ListFilters } from "./list-filters";
import { LoadMore } from "./load-more";
import { StaticResultList, VirtualResultList } from "./result-list";
import { SearchBox, SearchHelp } from "./search-box";
import { useMemoByKey } from "../../../lib/use-memo-by-key";
import { publishListSequence, takeListReturn } from "../../../lib/list-sequence";
import { filterByReading, type ListReading } from "../list-reading";
import { MarkAllRead } from "./mark-all-read";
import { marksFor } from "./reading-marks";

interface ListViewProps {
  head: ListHead;
  search: ListSearch;
  /** Articles mentioning each entity of the URL's filter (their detail files), and the entities themselves. */
  mentioning: MentioningArticles;
  filteredEntities: readonly EntityRef[];
  /** The reader's read and saved state (features/reading-state, handed over by the route). */
  reading?: ListReading;
}

const NO_READING: ListReading = {
  loaded: false,
  read: new Set(),
  saved: new Set(),
  toggleSaved: () => {},
  markRead: () => [],
  markUnread: () => {},
};

/**
 * The list: search box, facets and results. The first screen is the prerendered head; the catalog (one compact
 * row per article) loads on the first interaction or when the URL filters, and the search index on the first
 * search interaction, so neither delays the first paint.
 */
export function ListView({ head, search, mentioning, filteredEntities, reading = NO_READING }: ListViewProps) {
  const current = serializeListSearch(search);
  const listHref = paths.home(current);
  // Back from an article: that article's row comes back into view, focused (set by the article page).
  const [returnSlug] = useState(() => (typeof window === "undefined" ? null : takeListReturn(listHref)));
  // A reader with state of their own gets the whole list (for the unread count and "Mark all as read").
  const [engaged, setEngaged] = useState(returnSlug !== null);
  const hasOwnState = reading.read.size + reading.saved.size > 0;
  const [layoutVersion, setLayoutVersion] = useState(0);
  const parsed = useMemo(() => parseQuery(search.q), [search.q]);
  const text = useMemo(() => textQueryOf(parsed), [parsed]);
  const filtered = hasFilters(search) || search.sort !== null;
  const catalog = useQuery({ ...catalogQuery(), enabled: engaged || filtered || hasOwnState });
  const hits = useQuery({
    ...searchHitsQuery(text ?? { words: [], phrases: [], excluded: [] }),
    enabled: text !== null,
    placeholderData: keepPreviousData,
  });

  // Keyed by what decides the results, not by object identity: every render parses the URL afresh, and a new
  // result array would make the virtual list re-measure every row (at 10,000 rows, most of a keystroke's time).
  // The words themselves decide only through the hits: while a new query's hits are on their way, the previous
  // hits (placeholder data) are still what is shown, so the selection is not worked out again for nothing.
  const textHits = text === null ? null : (hits.data ?? null);
  const selectionKey = JSON.stringify([
    serializeListSearch({ ...search, q: "", read: null, saved: false }),
    formatQuery({ ...parsed, words: [], phrases: [], excluded: [] }),
    parsed.problems,
    text === null,
  ]);
  // `search`, `parsed` and whether there is text are in selectionKey; the words act through `textHits`.
  const selection = useMemoByKey(
    () => {
      if (!catalog.data || (text !== null && !textHits)) return null;
      return selectResults({ catalog: catalog.data, search, parsed, hits: textHits, mentioning });
    },
    selectionKey,
    [catalog.data, textHits, mentioning],
  );
  const phrases = usePhraseCheck(selection?.ids ?? null, catalog.data, text?.phrases ?? []);

  const byReading = search.read !== null || search.saved;
  const fresh =
    selection !== null &&
    phrases.ids !== null &&
    !(text !== null && hits.isPlaceholderData) &&
    (!byReading || reading.loaded);
  const resultsFor = fresh ? new URLSearchParams(current).toString() : null;
  const prepare = useCallback(() => setEngaged(true), [setEngaged]);
  const prepareText = useCallback(() => {
    setEngaged(true);
    void prepareSearch();
  }, [setEngaged]);

  const selected = phrases.ids ?? selection?.ids ?? null;
  const rows = catalog.data?.articles;
  const ids = useMemo(() => {
    if (!selected || !rows || !byReading) return selected;
    if (!reading.loaded) return null;
    const slugs = selected.map((i) => rows[i]?.slug ?? "");
    return filterByReading(slugs, search, reading).map((k) => selected[k] ?? 0);
  }, [selected, rows, byReading, search, reading]);
  const slugsInView = useCallback(
    () => (ids && rows ? ids.map((i) => rows[i]?.slug ?? "") : head.articles.map((a) => a.slug)),
    [ids, rows, head.articles],
  );
  // Counted once per result set or change of state, not on every render (a filter click renders several times).
  const unreadInView = useMemo(
    () => (reading.loaded && ids && rows ? ids.filter((i) => !reading.read.has(rows[i]?.slug ?? "")).length : null),
    [reading.loaded, reading.read, ids, rows],
  );
  // Nothing read yet and nothing filtered: every article is unread, without loading the catalog to count them.
  const unread = unreadInView ?? (reading.loaded && !hasOwnState && !filtered ? head.total : null);
  // The list as filtered and sorted, for the article's next and previous (worked out only when an article asks).
  useEffect(() => {
    publishListSequence({
      listHref,
      slugs: slugsInView,
      titleOf: (slug) => catalog.data?.articles.find((a) => a.slug === slug)?.title ?? null,
    });
  }, [listHref, slugsInView, catalog.data]);
  const returnIndex = useMemo(() => {
    if (!returnSlug || !ids || !rows) return null;
    const at = ids.findIndex((i) => rows[i]?.slug === returnSlug);
    return at < 0 ? null : at;
  }, [returnSlug, ids, rows]);
  const keyOf = useCallback((i: number) => rows?.[ids?.[i] ?? -1]?.slug ?? String(i), [rows, ids]);
  // Snippets need each result's article file: fetched once the reader pauses typing, not for every keystroke.
  const snippetsReady = useSettled(search.q, SNIPPET_DELAY) === search.q;
  const facets = withChosenEntities(
    selection ? withEveryValue(selection.facets, head.facets) : head.facets,
    filteredEntities,
    ids?.length ?? 0,
  );
  const status = (
    <ListStatus
      total={head.total}
      shown={catalog.data && ids ? ids.length : filtered ? null : head.total}
      parsed={parsed}
      problems={selection?.problems ?? []}
      phrasesUnchecked={!phrases.checked}
      failed={catalog.isError || hits.isError}
      unread={unread}
      markAll={
        unreadInView !== null ? (
          <MarkAllRead
            unread={unreadInView}
            slugs={slugsInView}
            onMarkRead={reading.markRead}
            onMarkUnread={reading.markUnread}
          />
        ) : null
      }
    />
  );

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <SearchBox search={search} onPrepare={prepareText} />
        <SearchHelp />
      </div>
      <ListFilters
        facets={facets}
        search={search}
        canRank={text !== null}
        status={status}
        onPrepare={prepare}
        onToggle={() => setLayoutVersion((v) => v + 1)}
      />
      {catalog.data && ids ? (
        ids.length === 0 ? (
          <NoResults resultsFor={resultsFor} />
        ) : (
          <VirtualResultList
            count={ids.length}
            keyOf={keyOf}
            resultsFor={resultsFor}
            layoutVersion={layoutVersion}
            focusIndex={returnIndex}
            renderRow={(i) => {
              const slug = rows?.[ids[i] ?? -1]?.slug ?? "";
              return (
                <CatalogCard
                  id={ids[i] ?? 0}
                  catalog={catalog.data}
                  text={text}
                  snippets={snippetsReady}
                  listHref={listHref}
                  read={reading.loaded ? reading.read.has(slug) : undefined}
                  saved={reading.saved.has(slug)}
                  onToggleSaved={reading.toggleSaved}
                />
              );
            }}
          />
        )
      ) : filtered ? (
        <p role="status" className="py-10 text-center text-stone-600 dark:text-stone-400">
          {catalog.isError ? "The article list could not be loaded. Reload to try again." : "Finding articles…"}
        </p>
      ) : (
        <>
          <StaticResultList
            count={head.articles.length}
            keyOf={(i) => head.articles[i]?.slug ?? String(i)}
            resultsFor={resultsFor ?? (catalog.data ? null : "")}
            renderRow={(i) => {
              const article = head.articles[i];
              return article ? (
                <ArticleCard
                  article={article}
                  listHref={listHref}
                  read={reading.loaded ? reading.read.has(article.slug) : undefined}
                  marks={marksFor(reading, article.slug, article.title)}
                />
              ) : null;
            }}
          />
          {head.total > head.articles.length && (
            <LoadMore onVisible={prepare} loading={catalog.isFetching}>
              <noscript>The newest articles are shown; browse the rest by topic.</noscript>
            </LoadMore>
          )}
        </>
      )}
    </div>
  );
}

const SNIPPET_DELAY = 250;

/** The value, once it has stopped changing for `delay` ms. */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** Every topic and top source of the collection stays listed (with 0 when none match), so the facets stay put. */
function withEveryValue(facets: FacetCounts, collection: FacetCounts): FacetCounts {
  const topics = new Map(facets.topics.map((t) => [t.id, t.count]));
  const sources = new Map(facets.sources.map((s) => [s.name, s.count]));
  const known = new Set([...topics.keys(), ...collection.topics.map((t) => t.id)]);
  return {
    ...facets,
    topics: TOPIC_IDS.filter((id) => known.has(id)).map((id) => ({ id, count: topics.get(id) ?? 0 })),
    sources: [
      ...facets.sources,
      ...collection.sources.filter((s) => !sources.has(s.name)).map((s) => ({ name: s.name, count: 0 })),
    ],
  };
}

/** A chosen entity stays in the facet (checked) even when it is no longer among the top ones, so it can be undone. */
function withChosenEntities(facets: FacetCounts, chosen: readonly EntityRef[], shown: number): FacetCounts {
  const missing = chosen.filter((e) => !facets.entities.some((row) => row.entity.id === e.id));
  if (missing.length === 0) return facets;
  return { ...facets, entities: [...missing.map((entity) => ({ entity, count: shown })), ...facets.entities] };
}

function ListStatus({
  total,
  shown,
  parsed,
  problems,
  phrasesUnchecked,
  failed,
  unread,
  markAll,
}: {
  total: number;
  shown: number | null;
  parsed: ParsedQuery;
  problems: readonly string[];
  phrasesUnchecked: boolean;
  failed: boolean;
  /** Unread articles among those shown, once the reader's state and the list are known. */
  unread: number | null;
  markAll: ReactNode;
}) {
  const words = [...parsed.words, ...parsed.phrases.map((p) => `“${p}”`)].join(" ");
  let line: string;
  if (failed) line = "Search is unavailable right now; reload to try again.";
  else if (shown === null) line = "Finding articles…";
  else if (shown === total && !hasText(parsed)) line = formatCount(total, "article");
  else line = `${formatNumber(shown)} of ${formatCount(total, "article")}${words ? ` match ${words}` : ""}`;
  return (
    <>
      <div role="status" className="text-sm text-stone-600 dark:text-stone-400">
        <p>
          {line}
          {unread !== null && !failed && shown !== null && ` · ${formatNumber(unread)} unread`}
        </p>
        {problems.map((problem) => (
          <p key={problem} className="text-red-800 dark:text-red-300">
            {problem}
          </p>
        ))}
        {phrasesUnchecked && <p>Many articles have the phrase’s words; not every one may have them in a row.</p>}
      </div>
      {markAll}
    </>
  );
}

function NoResults({ resultsFor }: { resultsFor: string | null }) {
  return (
    <div data-results-for={resultsFor ?? ""} className="py-10 text-center text-stone-700 dark:text-stone-300">
      <p>No articles match.</p>
      <p className="mt-2 text-sm">Try fewer words, or clear a filter.</p>
    </div>
  );
}
