import type { Candidate } from "./candidate";
import { cleanSpan } from "./clean-span";
import { wordBounded } from "./word-boundary";

/** Head nouns that make a capitalised phrase an organisation even when compromise does not know it. */
export const ORG_KEYWORDS = [
  "Party",
  "Agency",
  "Directorate",
  "Ministry",
  "Council",
  "Committee",
  "Commission",
  "Bank",
  "Corporation",
  "Corp\\.",
  "Inc\\.?",
  "Ltd\\.?",
  "LLC",
  "PLC",
  "University",
  "Institute",
  "Association",
  "Union",
  "Organization",
  "Organisation",
  "Foundation",
  "Service",
  "Services",
  "Department",
  "Court",
  "Post",
  "Times",
  "Group",
  "Company",
  "Army",
  "Navy",
  "Force",
  "Forces",
  "Guard",
  "Bureau",
  "Office",
  "Authority",
  "Federation",
  "Fund",
  "Alliance",
  "Network",
  "Police",
  "Parliament",
  "Assembly",
  "Congress",
  "Senate",
  "Cabinet",
  "Board",
  "Society",
  "Trust",
  "Holdings",
  "Airlines",
  "Airways",
  "Club",
  "League",
  "Church",
  "College",
  "School",
  "Hospital",
  "Centre",
  "Center",
  "Laboratory",
  "Movement",
  "Front",
  "Coalition",
  "Tribunal",
  "Reserve",
  "Exchange",
  "Ministries",
  "Journal",
  "Gazette",
  "Herald",
  "Tribune",
];

const CAP = "\\p{Lu}[\\p{L}\\p{M}\\p{N}&'’-]*";
const GAP = "[ \\u00a0]+";
const HEAD = `(?:${CAP}${GAP})*(?:${ORG_KEYWORDS.join("|")})`;
// "Main Directorate of the General Staff", "Bank of England", "Centers for Disease Control".
const TAIL = `(?:${GAP}(?:of|for)(?:${GAP}the)?${GAP}${CAP}(?:${GAP}(?:and${GAP})?${CAP})*)?`;
const ORG_RE = new RegExp(wordBounded(`${HEAD}${TAIL}`), "gu");

/** Capitalised phrases headed by an organisation keyword; a lone keyword ("Party") is not enough. */
export function organizationCandidates(text: string, block: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(ORG_RE)) {
    const span = cleanSpan(text, { start: m.index, end: m.index + m[0].length }, "organization");
    if (!span || !/\s/u.test(text.slice(span.start, span.end))) continue;
    out.push({ block, ...span, type: "organization", source: "rule" });
  }
  return out;
}
