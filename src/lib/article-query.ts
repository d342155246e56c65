import { queryOptions } from "@tanstack/react-query";
import { DATA_FILES } from "../schema/data-files";
import { fetchJson } from "./fetch-json";
import { paths } from "./paths";

// Loaded with the first file fetched, not with the page (fetchJson's SchemaLoader).
const articleSchema = () => import("../schema/article").then((m) => m.articleSchema);

export const articleKeys = {
  detail: (slug: string) => ["article", slug] as const,
};

/** One article with its blocks and entity mentions: read by the article page, and by the list for snippets and phrase checks. */
export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: articleKeys.detail(slug),
    queryFn: () => fetchJson(paths.data(DATA_FILES.article(slug)), articleSchema),
  });
