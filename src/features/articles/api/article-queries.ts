import { queryOptions } from "@tanstack/react-query";
import { articleIndexSchema, articleSchema } from "../../../schema/article";
import { DATA_FILES } from "../../../schema/data-files";
import { fetchJson } from "../../../lib/fetch-json";
import { paths } from "../../../lib/paths";

export const articleKeys = {
  all: ["articles"] as const,
  index: () => [...articleKeys.all, "index"] as const,
  detail: (slug: string) => [...articleKeys.all, "detail", slug] as const,
};

/** The compact index: one entry per article, enough for the list and its filters. */
export const articleIndexQuery = () =>
  queryOptions({
    queryKey: articleKeys.index(),
    queryFn: () => fetchJson(paths.data(DATA_FILES.index), articleIndexSchema),
  });

/** One article with its blocks and entity mentions. */
export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: articleKeys.detail(slug),
    queryFn: () => fetchJson(paths.data(DATA_FILES.article(slug)), articleSchema),
  });
