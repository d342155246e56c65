import { EMPTY_META, type ParsedArticle } from "./parsed-article";
import { ParseError } from "./parse-error";
import { reflowParagraph } from "./reflow";
import { tidyQuotes } from "../text/tidy-quotes";

/**
 * The scraped-text shape: line 1 the headline, then (optionally) a breadcrumb line of site chrome such as
 * `Home / News / <headline>`, then the body. Paragraphs are separated by blank lines, or are one per line when
 * the body has no blank line at all.
 */
export function parsePlainText(text: string): ParsedArticle {
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  const titleIndex = lines.findIndex((line) => line.trim() !== "");
  if (titleIndex === -1) throw new ParseError("no title: the file is empty", 1);
  const title = tidyQuotes(collapseSpace(lines[titleIndex] ?? ""));

  let bodyStart = titleIndex + 1;
  const next = nextNonBlank(lines, bodyStart);
  if (next !== -1 && isBreadcrumb(lines[next] ?? "", title)) bodyStart = next + 1;

  const bodyLines = lines.slice(bodyStart);
  const blocks = splitParagraphs(bodyLines)
    .flatMap(reflowParagraph)
    .map((paragraph) => ({ type: "paragraph" as const, text: paragraph }));
  if (blocks.length === 0) throw new ParseError("empty body: nothing follows the headline", titleIndex + 1);

  return { title, blocks, meta: { ...EMPTY_META } };
}

const SEPARATOR = /\s+(?:\/|›|»|>|\|)\s+/;

/** A breadcrumb has at least two separated segments and starts at "Home" or ends at the headline. */
export function isBreadcrumb(line: string, title: string): boolean {
  const segments = line.trim().split(SEPARATOR);
  if (segments.length < 2) return false;
  const first = normalise(segments[0] ?? "");
  const last = normalise(segments.at(-1) ?? "");
  return first === "home" || first === "start" || last === normalise(title);
}

function splitParagraphs(lines: string[]): string[] {
  const hasBlankSeparator = lines.some(
    (line, i) => line.trim() === "" && lines.slice(0, i).some(nonBlank) && lines.slice(i + 1).some(nonBlank),
  );
  if (!hasBlankSeparator) return lines.filter(nonBlank).map(collapseSpace);
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (nonBlank(line)) current.push(line.trim());
    else if (current.length > 0) {
      paragraphs.push(collapseSpace(current.join(" ")));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(collapseSpace(current.join(" ")));
  return paragraphs;
}

function nextNonBlank(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (nonBlank(lines[i] ?? "")) return i;
  return -1;
}

const nonBlank = (line: string) => line.trim() !== "";
const collapseSpace = (text: string) => text.replace(/\s+/g, " ").trim();
const normalise = (text: string) =>
  collapseSpace(text)
    .toLowerCase()
    .replace(/[\s"'“”‘’]+/g, " ")
    .trim();
