import path from "node:path";
import { decodeUtf8 } from "./decode";
import { parseMarkdown } from "./markdown";
import type { ParsedArticle } from "./parsed-article";
import { parsePlainText } from "./plain-text";

const PARSERS: Record<string, (text: string) => ParsedArticle> = {
  ".txt": parsePlainText,
  ".md": parseMarkdown,
  ".markdown": parseMarkdown,
};

export function isArticleFile(file: string): boolean {
  return path.extname(file).toLowerCase() in PARSERS;
}

/** Bytes of one article file to a ParsedArticle; throws ParseError with the offending line. */
export function parseArticleFile(file: string, bytes: Uint8Array): ParsedArticle {
  const parse = PARSERS[path.extname(file).toLowerCase()];
  if (!parse) throw new Error(`not an article file: ${file}`);
  return parse(decodeUtf8(bytes));
}
