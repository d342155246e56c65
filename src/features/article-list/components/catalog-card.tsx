import { useQuery } from "@tanstack/react-query";
import { memo, useMemo } from "react";
import { paths } from "../../../lib/paths";
import type { Catalog } from "../../../schema/list";
import { summaryPageQuery } from "../api/list-queries";
import { highlightSearch } from "../search/highlight-params";
import { createTermMatcher, type TextQuery } from "../search/text-query";
import { ArticleCard, type CardArticle } from "./article-card";
import { ReadingMarks } from "./reading-marks";
import { ResultSnippet } from "./result-snippet";

/**
 * A card for one catalog row: its summary loads with its page of summaries; a search shows where it matched.
 * Memoised, with plain props: the virtual list re-renders its rows on every scroll step (j/k scroll one row at a
 * time), and rows whose props did not change are skipped.
 */
export const CatalogCard = memo(function CatalogCard({
  id,
  catalog,
  text,
  snippets = true,
  listHref,
  read,
  saved = false,
  onToggleSaved,
}: {
  id: number;
  catalog: Catalog;
  text: TextQuery | null;
  /** Whether to load the article to show where the search matched (else the summary shows). */
  snippets?: boolean;
  listHref: string;
  /** The reader's read state; undefined until known, and then no marks are shown. */
  read?: boolean;
  saved?: boolean;
  onToggleSaved?: (slug: string) => void;
}) {
  const row = catalog.articles[id];
  const page = Math.floor(id / catalog.summaryPageSize);
  // While the reader types, a search's rows show snippets once typing pauses: fetching each row's page of
  // summaries on every keystroke (results scatter over many pages) only competed with the results for the main
  // thread. A page already loaded still shows.
  const { data: summaries } = useQuery({ ...summaryPageQuery(page), enabled: !text || snippets });
  const matches = useMemo(() => (text ? createTermMatcher(text) : null), [text]);
  if (!row) return null;
  const marks =
    read === undefined ? undefined : (
      <ReadingMarks title={row.title} read={read} saved={saved} onToggleSaved={() => onToggleSaved?.(row.slug)} />
    );
  const article: CardArticle = {
    ...row,
    source: row.source === null ? null : (catalog.sources[row.source] ?? null),
    entities: row.entities.slice(0, row.key).flatMap((i) => catalog.entities[i] ?? []),
    summary: summaries?.summaries[id % catalog.summaryPageSize] ?? null,
  };
  if (!text || !matches) return <ArticleCard article={article} listHref={listHref} read={read} marks={marks} />;
  return (
    <ArticleCard
      article={article}
      listHref={listHref}
      read={read}
      marks={marks}
      href={paths.article(row.slug, highlightSearch(text))}
      snippet={snippets ? <ResultSnippet slug={row.slug} matches={matches} fallback={article.summary} /> : undefined}
    />
  );
});
