import MiniSearch, { type Query, type SearchOptions } from "minisearch";
import { SEARCH_INDEX_OPTIONS, type SearchDocument } from "../../../schema/search-index";
import { FUZZY_FROM, PREFIX_FROM, type TextQuery } from "./text-query";

/** Ranked matches: catalog positions and scores, best first. */
export interface SearchHits {
  ids: number[];
  scores: number[];
}

const exactly: SearchOptions = { prefix: false, fuzzy: false, combineWith: "AND" };

/** The loaded index and the one way Lede queries it (runs in a worker; see search-client). */
export class SearchEngine {
  private constructor(private readonly index: MiniSearch<SearchDocument>) {}

  /** Fetches the published index and loads it (in the worker, or inline where there is none). */
  static async load(url: string): Promise<SearchEngine> {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status})`);
    return SearchEngine.fromJSON(await response.text());
  }

  static fromJSON(json: string): SearchEngine {
    return new SearchEngine(MiniSearch.loadJSON<SearchDocument>(json, SEARCH_INDEX_OPTIONS));
  }

  /**
   * Every word must match (by prefix from three letters), phrases' words exactly, minus exclusions. Typo matching
   * is the fallback when that finds nothing: searching the vocabulary within an edit of every word is what makes a
   * query slow on a large collection, and while typing, the prefix already matches.
   */
  search(query: TextQuery): SearchHits {
    const exact = this.run(query, false);
    return exact.ids.length > 0 || query.words.every((w) => w.length < FUZZY_FROM) ? exact : this.run(query, true);
  }

  private run(query: TextQuery, typos: boolean): SearchHits {
    const positive: Query[] = [];
    if (query.words.length > 0) {
      positive.push({
        queries: query.words,
        combineWith: "AND",
        prefix: (term) => term.length >= PREFIX_FROM,
        fuzzy: (term) => (typos && term.length >= FUZZY_FROM ? 1 : false),
      });
    }
    for (const phrase of query.phrases) positive.push({ ...exactly, queries: phrase });
    const wanted: Query = positive.length > 0 ? { queries: positive, combineWith: "AND" } : MiniSearch.wildcard;
    const full: Query =
      query.excluded.length > 0
        ? {
            combineWith: "AND_NOT",
            queries: [wanted, ...query.excluded.map((words): Query => ({ ...exactly, queries: words }))],
          }
        : wanted;
    const results = this.index.search(full, { boost: { title: 2 } });
    return { ids: results.map((r) => r.id as number), scores: results.map((r) => r.score) };
  }
}
