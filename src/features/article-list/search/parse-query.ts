/**
 * The search box's little language. Plain words are searched (prefix and small-typo matching); `"a phrase"`
 * must appear as written; `-word` and `-"a phrase"` exclude; `topic:`, `entity:`, `source:` narrow to a topic
 * (id or name), an entity (id or name) or a source, with quotes for values with spaces; `after:` and `before:`
 * take a year, month or day (`after:2024-03` = from March 2024 on, `before:2024` = before 2024).
 * Parsing never fails: what cannot be understood is searched as words, and bad dates are reported.
 */

export const FIELDS = ["topic", "entity", "source", "before", "after"] as const;
export type Field = (typeof FIELDS)[number];

export interface ParsedQuery {
  words: string[];
  phrases: string[];
  /** Excluded words and phrases. */
  excluded: string[];
  topics: string[];
  entities: string[];
  sources: string[];
  /** Day bounds, `YYYY-MM-DD`: articles on or after `after`, and strictly before `before`. */
  after: string | null;
  before: string | null;
  /** Human-readable problems, e.g. a date that is not one. */
  problems: string[];
}

interface Token {
  negated: boolean;
  field: Field | null;
  value: string;
  quoted: boolean;
}

const TOKEN = /(-?)(?:([A-Za-z]+):)?(?:"([^"]*)"?|(\S+))/g;

function tokens(q: string): Token[] {
  const out: Token[] = [];
  for (const match of q.matchAll(TOKEN)) {
    const [whole, minus, name, quotedValue, bare] = match;
    const field = FIELDS.find((f) => f === name?.toLowerCase()) ?? null;
    if (name !== undefined && field === null) {
      // Not an operator ("10:30", "re:invent"): the whole thing is text.
      out.push({
        negated: minus === "-",
        field: null,
        value: whole.replace(/^-/, "").replace(/"/g, ""),
        quoted: false,
      });
      continue;
    }
    // A quote inside a word means nothing (`a"b` is `ab`): only a leading quote starts a phrase.
    const value = (quotedValue ?? bare?.replace(/"/g, "") ?? "").trim();
    if (value === "" || value === "-") continue;
    out.push({ negated: minus === "-", field, value, quoted: quotedValue !== undefined });
  }
  return out;
}

/** `2024`, `2024-03` or `2024-03-09` to the first day it covers; null if it is not such a date. */
export function dayOf(value: string): string | null {
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value);
  if (!match) return null;
  const [, year, month = "1", dayOfMonth = "1"] = match;
  const m = Number(month);
  const d = Number(dayOfMonth);
  const date = new Date(Date.UTC(Number(year), m - 1, d));
  if (m < 1 || m > 12 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

const LIST_OF = { topic: "topics", entity: "entities", source: "sources" } as const;

export function parseQuery(q: string): ParsedQuery {
  const parsed: ParsedQuery = {
    words: [],
    phrases: [],
    excluded: [],
    topics: [],
    entities: [],
    sources: [],
    after: null,
    before: null,
    problems: [],
  };
  for (const token of tokens(q)) {
    if (token.field === "before" || token.field === "after") {
      const day = dayOf(token.value);
      if (day === null)
        parsed.problems.push(`“${token.field}:${token.value}” is not a date (use 2024, 2024-03 or 2024-03-09)`);
      else parsed[token.field] = day;
    } else if (token.field !== null) {
      parsed[LIST_OF[token.field]].push(token.value);
    } else if (token.negated) {
      parsed.excluded.push(token.value);
    } else if (token.quoted) {
      parsed.phrases.push(token.value);
    } else {
      parsed.words.push(token.value);
    }
  }
  return parsed;
}

const quote = (value: string) => (/[\s"]/.test(value) || value === "" ? `"${value.replace(/"/g, "")}"` : value);

/** The canonical text of a parsed query: parsing it gives the same query back. */
export function formatQuery(parsed: ParsedQuery): string {
  return [
    ...parsed.words,
    ...parsed.phrases.map((p) => `"${p}"`),
    ...parsed.excluded.map((e) => `-${quote(e)}`),
    ...parsed.topics.map((v) => `topic:${quote(v)}`),
    ...parsed.entities.map((v) => `entity:${quote(v)}`),
    ...parsed.sources.map((v) => `source:${quote(v)}`),
    ...(parsed.after ? [`after:${parsed.after}`] : []),
    ...(parsed.before ? [`before:${parsed.before}`] : []),
  ].join(" ");
}

/** True when the query asks for full-text matching (not only field filters). */
export const hasText = (parsed: ParsedQuery) =>
  parsed.words.length > 0 || parsed.phrases.length > 0 || parsed.excluded.length > 0;
