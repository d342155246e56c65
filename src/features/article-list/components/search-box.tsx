import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { Form, useNavigate } from "react-router";
import { paths } from "../../../lib/paths";
import { serializeListSearch, type ListSearch } from "../search-params";
import { searchHitsQuery } from "../api/list-queries";
import { parseQuery } from "../search/parse-query";
import { textQueryOf } from "../search/text-query";
import { HiddenParams } from "./hidden-params";
import { useFollowValue } from "./use-follow-value";

interface SearchBoxProps {
  search: ListSearch;
  /** The first interaction (focus, pointer, key) starts loading what a search needs. */
  onPrepare: () => void;
}

/**
 * A GET form, so it searches without JavaScript too; with it, every keystroke updates `?q=` (replacing the
 * history entry while typing, so Back leaves the search rather than stepping through letters). The input is
 * uncontrolled: the URL is the state, and the box follows it when it changes from elsewhere (Back, "Clear").
 */
export function SearchBox({ search, onPrepare }: SearchBoxProps) {
  const navigate = useNavigate();
  // Follows the URL unless focused (the reader may be typing ahead of it).
  const input = useFollowValue<HTMLInputElement>(search.q);
  // Back and Forward move the query even while the box has focus (typing may run ahead of the URL; these do not).
  useEffect(() => {
    const follow = () => {
      if (input.current) input.current.value = new URLSearchParams(window.location.search).get("q") ?? "";
    };
    window.addEventListener("popstate", follow);
    return () => window.removeEventListener("popstate", follow);
  }, [input]);

  const queryClient = useQueryClient();

  const href = (q: string) => paths.home(serializeListSearch({ ...search, q }));
  /** Starts the worker on the words at once, whatever the list is doing. */
  const searchFor = (q: string) => {
    const text = textQueryOf(parseQuery(q));
    return text ? queryClient.prefetchQuery(searchHitsQuery(text)) : Promise.resolve();
  };

  /** Enter and Escape: the URL moves at once. */
  const go = (q: string) => {
    void searchFor(q);
    void navigate(href(q), { preventScrollReset: true });
  };

  /**
   * Typing: the URL moves once the hits are in (or after a short wait, e.g. while the index still loads), so the
   * list renders once, with its results, rather than first the old results under the new query. A keystroke
   * typed meanwhile supersedes this one. The first keystroke of a search adds a history entry, the rest replace
   * it, judged when the URL moves (an earlier keystroke may not have landed when this key was pressed).
   */
  const type = (q: string) => {
    void Promise.race([searchFor(q), new Promise((resolve) => setTimeout(resolve, HITS_WAIT_MS))]).then(() => {
      if (input.current?.value !== q) return;
      const searching = new URLSearchParams(window.location.search).has("q");
      void navigate(href(q), { replace: searching, preventScrollReset: true });
    });
  };

  return (
    <Form
      method="get"
      action={paths.home()}
      role="search"
      className="relative"
      onSubmit={(event) => {
        event.preventDefault();
        go(input.current?.value ?? "");
      }}
    >
      <label htmlFor="search-articles" className="sr-only">
        Search articles
      </label>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 fill-stone-500"
      >
        <path d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l3.65 3.64a.75.75 0 1 1-1.06 1.06l-3.64-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" />
      </svg>
      <input
        ref={input}
        id="search-articles"
        type="search"
        name="q"
        defaultValue={search.q}
        placeholder="Search headlines and stories"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        className="w-full rounded-lg border border-stone-300 bg-white py-3 pr-3 pl-10 text-base text-stone-950 shadow-sm placeholder:text-stone-500 focus:border-red-700 focus:ring-2 focus:ring-red-700/30 focus:outline-none dark:border-stone-600 dark:bg-stone-900 dark:text-stone-50 dark:placeholder:text-stone-400"
        onFocus={onPrepare}
        onPointerEnter={onPrepare}
        onChange={(event) => type(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape" && event.currentTarget.value !== "") {
            event.currentTarget.value = "";
            go("");
          }
        }}
      />
      <HiddenParams query={serializeListSearch({ ...search, q: "" })} />
    </Form>
  );
}

/** How long a keystroke waits for its hits before the URL moves anyway. */
const HITS_WAIT_MS = 100;

/** What the search box understands, one line each; shown under it on demand. */
export function SearchHelp() {
  const rows: [string, string][] = [
    [
      "grain deal",
      "both words, also as prefixes (“elect” finds “election”); with a typo when nothing matches as typed",
    ],
    ['"grain deal"', "the exact phrase"],
    ["-russia", 'without the word (or -"a phrase")'],
    ["topic:sport", "in a topic (its name or the start of it)"],
    ["entity:putin", "mentioning a person, organization, place or group"],
    ["source:reuters", "from a source (quote names with spaces)"],
    ["after:2024-03  before:2025", "dated from March 2024 on, before 2025 (a year, month or day)"],
  ];
  return (
    <details id="search-help" className="text-sm text-stone-600 dark:text-stone-400">
      <summary className="cursor-pointer select-none hover:text-stone-900 dark:hover:text-stone-200">
        Search tips
      </summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {rows.map(([example, meaning]) => (
          <div key={example} className="contents">
            <dt>
              <code className="rounded bg-stone-100 px-1 font-mono text-stone-900 dark:bg-stone-800 dark:text-stone-100">
                {example}
              </code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
