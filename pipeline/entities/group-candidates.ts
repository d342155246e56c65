import type { Candidate } from "./candidate";
import { lexiconWords } from "./compromise-lexicon";
import { wordBounded } from "./word-boundary";

/**
 * Nationalities straight from compromise's lexicon: in context it often re-tags "American media" as an
 * organisation, and the demonym would be lost with the rejected span.
 */
const DEMONYMS = lexiconWords(["Demonym"]);

const CAPITALISED_WORD = new RegExp(wordBounded("\\p{Lu}[\\p{L}\\p{M}]+"), "gu");

/** compromise knows nationalities (#Demonym) but not faiths or parties, so those are listed here. */
const GROUP_WORDS = [
  "Muslim",
  "Christian",
  "Jew",
  "Catholic",
  "Protestant",
  "Orthodox Christian",
  "Evangelical",
  "Hindu",
  "Buddhist",
  "Sikh",
  "Mormon",
  "Sunni",
  "Shia",
  "Shiite",
  "Alawite",
  "Druze",
  "Democrat",
  "Republican",
  "Conservative",
  "Liberal",
  "Socialist",
  "Communist",
  "Tory",
  "Lib Dem",
  "Tories",
  "Labourite",
  "Bolshevik",
  "Islamist",
  "Zionist",
  "Kurd",
  "Pashtun",
  "Uyghur",
  "Uighur",
  "Rohingya",
  "Yazidi",
  "Tatar",
  "Cossack",
];

const plural = (w: string) => (w.endsWith("y") && w !== "Tory" ? `${w.slice(0, -1)}ies` : `${w}s`);

const GROUP_RE = new RegExp(
  wordBounded([...GROUP_WORDS, ...GROUP_WORDS.map(plural)].sort((a, b) => b.length - a.length).join("|")),
  "gu",
);

/**
 * `isPlace` says whether a word names a place (world knowledge): compromise's nationalities include a few country
 * names ("Philippines", "Laos"), which stay places.
 */
export function groupCandidates(
  text: string,
  block: number,
  isPlace: (word: string) => boolean = () => false,
): Candidate[] {
  const demonyms = [...text.matchAll(CAPITALISED_WORD)].filter(
    (m) => DEMONYMS.has(m[0].toLowerCase()) && !isPlace(m[0]),
  );
  return [...text.matchAll(GROUP_RE), ...demonyms].map((m) => ({
    block,
    start: m.index,
    end: m.index + m[0].length,
    type: "group" as const,
    source: "rule" as const,
  }));
}
