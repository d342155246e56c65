import type { Block } from "../../src/schema/article";

/** A block before entity extraction: its text, without mentions. */
export type RawBlock = Block extends infer B ? (B extends Block ? Omit<B, "mentions" | "id"> : never) : never;

/** What a parser makes of one file, before entities and topics are added. */
export interface ParsedArticle {
  title: string;
  /** The file line of front matter `slug:`, when there is one (for a slug another article already has). */
  slugLine?: number;
  blocks: RawBlock[];
  meta: {
    date: string | null;
    source: string | null;
    url: string | null;
    author: string | null;
    summary: string | null;
    slug: string | null;
    /** Topics given by the author, as written; null when none were given. */
    topics: string[] | null;
  };
}

export const EMPTY_META: ParsedArticle["meta"] = {
  date: null,
  source: null,
  url: null,
  author: null,
  summary: null,
  slug: null,
  topics: null,
};
