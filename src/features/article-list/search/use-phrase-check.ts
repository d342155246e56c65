import { useQueries } from "@tanstack/react-query";
import type { Catalog } from "../../../schema/list";
import { articleQuery } from "../../../lib/article-query";
import { hasPhrase } from "./match-ranges";

/** Beyond this many candidates, phrases are matched as "all their words" only: checking means fetching each. */
export const PHRASE_CHECK_LIMIT = 60;

/**
 * The index knows which words an article has, not where: a phrase's candidates are checked against their text,
 * fetched per article (and cached, so opening one is instant). Returns the ids that have every phrase in a row,
 * or null while checking; `checked` is false when there were too many candidates to check.
 */
export function usePhraseCheck(
  ids: readonly number[] | null,
  catalog: Catalog | undefined,
  phrases: readonly string[][],
): { ids: readonly number[] | null; checked: boolean } {
  const check = ids !== null && catalog !== undefined && phrases.length > 0 && ids.length <= PHRASE_CHECK_LIMIT;
  const slugs = check ? ids.map((id) => catalog.articles[id]?.slug ?? "") : [];
  const articles = useQueries({ queries: slugs.map((slug) => articleQuery(slug)) });
  if (!check) return { ids, checked: phrases.length === 0 || ids === null };
  if (articles.some((a) => a.isPending)) return { ids: null, checked: true };
  return {
    ids: ids.filter((_, i) => {
      const article = articles[i]?.data;
      if (!article) return false;
      const text = [article.title, ...article.blocks.map((b) => b.text)].join("\n");
      return phrases.every((phrase) => hasPhrase(text, phrase));
    }),
    checked: true,
  };
}
