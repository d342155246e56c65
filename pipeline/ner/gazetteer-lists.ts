import { lexiconWords } from "../entities/compromise-lexicon";
import { TITLES } from "../entities/name-words";
import { ORG_KEYWORDS } from "../entities/organization-candidates";
import type { GazetteerLists } from "./gazetteer";

/** compromise lexicon tags behind each gazetteer category. */
const FROM_LEXICON: Record<string, string[]> = {
  first: ["FirstName", "MaleName", "FemaleName"],
  last: ["LastName"],
  country: ["Country"],
  city: ["City"],
  region: ["Region"],
  place: ["Place"],
  org: ["Organization"],
  team: ["SportsTeam"],
  demonym: ["Demonym"],
  when: ["Month", "WeekDay"],
  common: ["Verb", "PresentTense", "PastTense", "Infinitive", "Gerund", "Adjective", "Adverb", "Preposition"],
};

/**
 * The gazetteers the tagger is trained with, written into the model file so the model keeps working
 * whatever later compromise versions put in their lexicon.
 */
export function buildGazetteerLists(): GazetteerLists {
  const lists: GazetteerLists = {};
  for (const [category, tags] of Object.entries(FROM_LEXICON)) lists[category] = [...lexiconWords(tags)].sort();
  lists.title = [...new Set(TITLES.map((t) => t.toLowerCase()))].sort();
  lists.orghead = [...new Set(ORG_KEYWORDS.map((k) => k.replace(/\\|\?/gu, "").toLowerCase()))].sort();
  return lists;
}
