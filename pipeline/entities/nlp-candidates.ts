import nlp from "compromise";
import type { EntityType } from "../../src/schema/entity";
import type { Candidate } from "./candidate";
import { cleanSpan, type Span } from "./clean-span";

interface MatchJson {
  text: string;
  offset?: { start: number; length: number };
}

/** compromise's offsets are UTF-16 indices, but we still refuse any span whose text disagrees with the block. */
function locate(text: string, match: MatchJson): Span | null {
  if (!match.offset) return null;
  const { start, length } = match.offset;
  if (text.slice(start, start + length) === match.text) return { start, end: start + length };
  const near = text.indexOf(match.text, Math.max(0, start - 16));
  return near >= 0 && match.text ? { start: near, end: near + match.text.length } : null;
}

/** "Paris, France" arrives as one place; readers expect two. */
function splitPlaces(text: string, span: Span): Span[] {
  const parts: Span[] = [];
  let from = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(/,\s*/gu)) {
    parts.push({ start: from, end: span.start + m.index });
    from = span.start + m.index + m[0].length;
  }
  parts.push({ start: from, end: span.end });
  return parts;
}

/** People, organisations, places and demonyms as compromise sees them, cleaned to reader-facing spans. */
export function nlpCandidates(text: string, block: number): Candidate[] {
  const doc = nlp(text);
  const found: Array<[EntityType, MatchJson[]]> = [
    ["person", doc.people().json({ offset: true }) as MatchJson[]],
    ["organization", doc.organizations().json({ offset: true }) as MatchJson[]],
    ["place", doc.places().json({ offset: true }) as MatchJson[]],
    ["group", doc.match("#Demonym").json({ offset: true }) as MatchJson[]],
  ];
  const out: Candidate[] = [];
  for (const [type, matches] of found) {
    for (const match of matches) {
      const raw = locate(text, match);
      if (!raw) continue;
      for (const part of type === "place" ? splitPlaces(text, raw) : [raw]) {
        const span = cleanSpan(text, part, type);
        if (span) out.push({ block, ...span, type, source: "nlp" });
      }
    }
  }
  return out;
}
