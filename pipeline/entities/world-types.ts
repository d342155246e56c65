import nlp from "compromise";
import type { Candidate } from "./candidate";
import { personSurnames } from "./consistent-types";
import type { WorldKnowledge } from "./world-knowledge";
import { followsSentenceEnd } from "../text/sentence-start";

/** WordNet files whose capitalised lemmas are never a person, organisation or place, whatever their form. */
const ALWAYS = new Set(["noun.time", "noun.event", "noun.person"]);
/**
 * Files whose lemmas are dropped only when all capitals or several words (DVD, PC, Agent Orange): a one-word
 * capitalised artifact is often also a company (Xerox, Jeep). Files left out (noun.cognition "ABC", noun.food
 * "Armagnac", noun.quantity, noun.body…) name too many organisations and places to be trusted.
 */
const WHEN_UNAMBIGUOUS = new Set([
  "noun.artifact",
  "noun.act",
  "noun.communication",
  "noun.state",
  "noun.substance",
  "noun.phenomenon",
  "noun.process",
  "noun.possession",
  "noun.feeling",
]);

/**
 * Named storms and operations are events ("Hurricane Ivan", "Operation Iraqi Freedom"), whatever the name after
 * the head word would make them. A policy list, not a gazetteer: the head words that make a name an event.
 */
const EVENT_HEAD = /^(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Storm|Operation)\s+\p{Lu}/u;

/**
 * The last word of a company's name: a place the tagger found that ends in one is the company ("Halvorsen
 * Semiconductor", "Acme Pharmaceuticals"). A policy list of industry words; the tagger's own organisation heads
 * (`ORG_KEYWORDS`) are features it was trained with, so they are not repeated here.
 */
const COMPANY_HEAD =
  /\s(?:Semiconductors?|Motors|Pharmaceuticals?|Technolog(?:y|ies)|Systems|Industries|Electronics|Energy|Communications|Software|Laboratories|Labs|Studios|Records|Entertainment|Petroleum|Chemicals?|Insurance|Capital|Partners|Airways|Steel|Foods|Brewery|Brands|Telecom|Motor Company)$/u;

/**
 * Abbreviations of offices and things, never names, that WordNet does not list as such (it has "MP" only as a
 * military policeman, and "ID" also as Idaho): "the MP for Sedgefield", "ID cards".
 */
const NOT_NAMES = new Set(["MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "PM", "ID", "IDs", "IT"]);

/** Products, holidays, events, titles and offices (DVD, Christmas, Lord Chancellor): not people, organisations or places. */
export function isCommonNounName(surface: string, world: WorldKnowledge): boolean {
  const file = world.commonNounName(surface) ?? world.commonNounName(surface.replace(/^[Tt]he\s+/u, ""));
  if (EVENT_HEAD.test(surface) || NOT_NAMES.has(surface)) return true;
  if (!file || world.lookup(surface)) return false;
  if (ALWAYS.has(file)) return true;
  return WHEN_UNAMBIGUOUS.has(file) && (/\s/u.test(surface) || /^[\p{Lu}\p{N}.&/-]+$/u.test(surface));
}

/**
 * "Clinics will open longer hours": a plural common noun opening a sentence, taken for a person. Only a lone word
 * ending in "s" at a sentence start, that compromise reads as a plural and not as a name, and that ends no
 * person's full name in the article ("Mathers" after "Marshall Mathers").
 */
function isPluralOpener(text: string, c: Candidate, surnames: ReadonlySet<string>): boolean {
  const word = text.slice(c.start, c.end);
  if (c.type !== "person" || !/^\p{Lu}\p{Ll}+s$/u.test(word) || surnames.has(word)) return false;
  if (!followsSentenceEnd(text, c.start)) return false;
  const tags = nlp(word).terms().json()[0]?.terms?.[0]?.tags ?? [];
  return tags.includes("Plural") && !tags.includes("ProperNoun");
}

/**
 * Where world knowledge overrides the tagger: a country it took for an organisation is the place ("US said", as
 * CoNLL and readers have it), an international organisation it took for a place is the organisation ("EU").
 * A person stays a person (Michael Jordan, Holland the cricketer), regions and cities keep what the article made
 * of them (Yorkshire the county side).
 */
function overrides(kind: string | undefined, type: Candidate["type"]): boolean {
  return (kind === "country" && type === "organization") || (kind === "organization" && type === "place");
}

/**
 * Knowledge first, per article: see `overrides`; and a common-noun name (DVD, Christmas) is dropped. The editor's
 * matches (source "kb"), groups and dates are left as they are.
 */
export function applyWorldTypes(
  blocks: readonly string[],
  candidates: readonly Candidate[],
  world: WorldKnowledge,
): Candidate[] {
  const out: Candidate[] = [];
  const surnames = personSurnames(blocks, candidates);
  for (const c of candidates) {
    if (c.source === "kb" || c.type === "group" || c.type === "date") {
      out.push(c);
      continue;
    }
    const surface = blocks[c.block]!.slice(c.start, c.end);
    if (isCommonNounName(surface, world) || isPluralOpener(blocks[c.block]!, c, surnames)) continue;
    if (c.type === "place" && COMPANY_HEAD.test(surface) && !world.lookup(surface)) {
      out.push({ ...c, type: "organization" });
      continue;
    }
    out.push(overrides(world.lookup(surface)?.kind, c.type) ? { ...c, type: world.lookup(surface)!.type } : c);
  }
  return out;
}
