import { useQuery } from "@tanstack/react-query";
import { Fragment } from "react";
import { articleQuery } from "../../../lib/article-query";
import { searchSnippet } from "../search/match-ranges";

interface ResultSnippetProps {
  slug: string;
  matches: (term: string) => boolean;
  /** Shown until the article's text arrives, and when only the headline matched. */
  fallback: string | null;
}

/** Where the search matched in the article's text, the matched words marked. Text only, never HTML. */
export function ResultSnippet({ slug, matches, fallback }: ResultSnippetProps) {
  const { data } = useQuery(articleQuery(slug));
  const snippet = data
    ? searchSnippet(
        data.blocks.map((b) => b.text),
        matches,
      )
    : null;
  if (!snippet) {
    return fallback ? <p className="mt-2 line-clamp-3 text-stone-700 dark:text-stone-300">{fallback}</p> : null;
  }
  let cursor = 0;
  const parts = [];
  for (const range of snippet.ranges) {
    parts.push(<Fragment key={`t${cursor}`}>{snippet.text.slice(cursor, range.start)}</Fragment>);
    parts.push(
      <mark key={`m${range.start}`} className="search-hit">
        {snippet.text.slice(range.start, range.end)}
      </mark>,
    );
    cursor = range.end;
  }
  parts.push(<Fragment key={`t${cursor}`}>{snippet.text.slice(cursor)}</Fragment>);
  return <p className="mt-2 line-clamp-4 text-stone-700 dark:text-stone-300">{parts}</p>;
}
