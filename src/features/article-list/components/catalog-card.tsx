import { useQuery } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";
import { paths } from "../../../lib/paths";
import type { Catalog } from "../../../schema/list";
import { summaryPageQuery } from "../api/list-queries";
import { highlightSearch } from "../search/highlight-params";
import { createTermMatcher, type TextQuery } from "../search/text-query";
import { ArticleCard, type CardArticle } from "./article-card";
import { ResultSnippet } from "./result-snippet";

/** A card for one catalog row: its summary loads with its page of summaries; a search shows where it matched. */
export function CatalogCard({
  id,
  catalog,
  text,
  snippets = true,
  listHref,
  read,
  marks,
}: {
  id: number;
  catalog: Catalog;
  text: TextQuery | null;
  /** Whether to load the article to show where the search matched (else the summary shows). */
  snippets?: boolean;
  listHref: string;
  read?: boolean;
  marks?: ReactNode;
}) {
  const row = catalog.articles[id];
  const page = Math.floor(id / catalog.summaryPageSize);
  // While the reader types, a search's rows show snippets once typing pauses: fetching each row's page of
  // summaries on every keystroke (results scatter over many pages) only competed with the results for the main
  // thread. A page already loaded still shows.
  const { data: summaries } = useQuery({ ...summaryPageQuery(page), enabled: !text || snippets });
  const matches = useMemo(() => (text ? createTermMatcher(text) : null), [text]);
  if (!row) return null;
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
}
