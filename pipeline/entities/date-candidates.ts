import type { Candidate } from "./candidate";
import { wordBounded } from "./word-boundary";

const MONTH =
  "January|February|March|April|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
const YEAR = "(?:19|20)\\d{2}";
// "May" is also a verb and a name, so it only counts inside a full date or after "in".
const ANY_MONTH = `(?:${MONTH}|May)`;
const RELATIVE_UNIT =
  "week|weekend|month|year|decade|century|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|quarter";
const COUNT = "\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few";

const PATTERNS = [
  `(?:(?:${WEEKDAY}),? )?${ANY_MONTH} ${DAY}(?:,? ${YEAR})?`,
  `(?:(?:${WEEKDAY}),? )?${DAY} ${ANY_MONTH}(?:,? ${YEAR})?`,
  `${ANY_MONTH},? ${YEAR}`,
  `(?<=\\b[Ii]n )May`,
  `${MONTH}`,
  `(?:${WEEKDAY})(?: (?:morning|afternoon|evening|night))?`,
  // A year, or a decade like "1990s"; not part of an amount such as "$2019" or "2,019".
  `(?<![$€£¥.,:/-])${YEAR}s?(?![.,:/]\\d)`,
  `(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming|[Ee]arlier this|[Ll]ater this) (?:${RELATIVE_UNIT})`,
  `[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight`,
  `(?:${COUNT}) (?:days?|weeks?|months?|years?|decades?) ago`,
];

const DATE_RE = new RegExp(PATTERNS.map(wordBounded).join("|"), "gu");

/** Dates by rule: compromise tags bare "day" and "year" as dates, which readers don't want highlighted. */
export function dateCandidates(text: string, block: number): Candidate[] {
  return [...text.matchAll(DATE_RE)].map((m) => ({
    block,
    start: m.index,
    end: m.index + m[0].length,
    type: "date" as const,
    source: "rule" as const,
  }));
}
