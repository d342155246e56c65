import { lexiconWords } from "../entities/compromise-lexicon";
import { TITLES } from "../entities/name-words";
import { ORG_KEYWORDS } from "../entities/organization-candidates";
import type { GazetteerLists } from "./gazetteer";
import { generateGazetteers, packageVersion, type GeneratedGazetteers } from "./gazetteer-packages";

/**
 * compromise lexicon tags behind the categories no data package covers: surnames, organisations and
 * sports teams; its first names add non-English ones ("Recep") to the English lists. Countries, places and
 * word classes come from gazetteer-packages.ts.
 */
const FROM_LEXICON: Record<string, string[]> = {
  last: ["LastName"],
  first: ["FirstName", "MaleName", "FemaleName"],
  org: ["Organization"],
  team: ["SportsTeam"],
};

/**
 * The gazetteers the tagger is trained with, written into the model file (with the name@version of every
 * package they came from) so the model keeps working whatever later versions of those packages contain.
 */
export function buildGazetteerLists(): GeneratedGazetteers {
  const generated = generateGazetteers();
  const lists: GazetteerLists = { ...generated.lists };
  for (const [category, tags] of Object.entries(FROM_LEXICON)) {
    lists[category] = [...new Set([...(lists[category] ?? []), ...lexiconWords(tags)])].sort();
  }
  lists.title = [...new Set(TITLES.map((t) => t.toLowerCase()))].sort();
  lists.orghead = [...new Set(ORG_KEYWORDS.map((k) => k.replace(/\\|\?/gu, "").toLowerCase()))].sort();
  return { lists, sources: [...generated.sources, packageVersion("compromise")] };
}
