/**
 * Measures MiniSearch, FlexSearch and Orama for the in-browser article search (decision 011).
 * For each library: build time, serialized index size (raw and gzipped), load time, query latency over a
 * simulated typing workload, typo recall on 20 words, and the gzipped size of its browser code.
 *
 * Usage: npm run bench:search -- [--docs 10000] [--file ../shared/eval/agnews-sample.jsonl]
 * Run it under `nice` on a shared machine: every figure is wall-clock time.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { build as esbuild } from "esbuild";
import MiniSearch, { type SearchOptions } from "minisearch";
import { Charset, Document } from "flexsearch";
import { create, insertMultiple, load, save, search, type AnyOrama, type RawData } from "@orama/orama";
import { seededRandom } from "../pipeline/lib/prng.mjs";

export interface Article {
  id: number;
  title: string;
  body: string;
}

interface SourceItem {
  title: string;
  body: string;
}

/** One library behind the same four operations, so every figure is measured the same way. */
export interface Engine {
  name: string;
  /** What the browser has to import, bundled and tree-shaken like the app would. */
  browserEntry: string;
  build(articles: Article[]): Promise<void>;
  serialize(): Promise<string>;
  /** Replaces the current index with one read from `serialize()`'s output. */
  load(serialized: string): Promise<void>;
  search(query: string, limit: number): Promise<number[]>;
}

export interface EngineReport {
  name: string;
  buildMs: number;
  rawBytes: number;
  gzBytes: number;
  loadMs: number;
  p50: number;
  p95: number;
  max: number;
  queries: number;
  /** Prefixes with at least one result: a check that the loaded index is the one that was built. */
  answered: number;
  typoHits: number;
  typoTotal: number;
  libGzBytes: number;
}

const RESULT_LIMIT = 50;
/** The search box waits for a second character: a one-letter prefix matches most of the vocabulary. */
const MIN_QUERY_CHARS = 2;
const HEADLINE_BOOST = 2;
/** Edit distance 1 only for words of 4+ letters: shorter words have too many neighbours to be useful. */
const fuzzyDistance = (term: string): number => (term.length >= 4 ? 1 : 0);

// ---------------------------------------------------------------------------------------------------------
// Corpus

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

export function parseArgs(argv: string[]): { docs: number; file: string } {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (!v) fail(`${flag} needs a value`);
    return v;
  };
  const docs = Number(value("--docs") ?? 10000);
  if (!Number.isInteger(docs) || docs < 1) fail("--docs must be a positive integer");
  const file = value("--file") ?? resolve(import.meta.dirname, "../../shared/eval/agnews-sample.jsonl");
  return { docs, file };
}

function readSource(file: string): SourceItem[] {
  const items = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as SourceItem);
  if (items.length === 0) fail(`No items in ${file}`);
  return items;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * AG News bodies are one or two sentences, so an article is its own headline plus consecutive bodies until it
 * reaches a target length of 300-900 words. Starting points are spread over the source so neighbouring
 * articles do not share most of their text; the source is reused cyclically when N is large.
 */
export function buildCorpus(items: SourceItem[], count: number): Article[] {
  const random = seededRandom(11);
  const stride = 37; // prime, so successive starts walk the whole source
  return Array.from({ length: count }, (_, id) => {
    const target = 300 + Math.floor(random() * 600);
    const start = (id * stride) % items.length;
    const parts: string[] = [];
    let words = 0;
    for (let k = 0; words < target; k++) {
      const body = items[(start + k) % items.length]!.body;
      parts.push(body);
      words += wordCount(body);
    }
    return { id, title: items[id % items.length]!.title, body: parts.join(" ") };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Workloads

const tokens = (text: string): string[] => text.toLowerCase().match(/[a-z]+/g) ?? [];
const STOPWORDS = new Set(
  "the and for with that from this have will its are was has not but after over into says said new".split(" "),
);

/** 40 queries of 1-3 headline words, the way readers search for a story they saw. */
export function pickQueries(articles: Article[], count = 40): string[] {
  const random = seededRandom(23);
  const queries: string[] = [];
  while (queries.length < count) {
    const article = articles[Math.floor(random() * articles.length)]!;
    const words = tokens(article.title).filter((w) => w.length >= 3 && !STOPWORDS.has(w));
    const length = 1 + Math.floor(random() * 3);
    if (words.length < length) continue;
    const from = Math.floor(random() * (words.length - length + 1));
    queries.push(words.slice(from, from + length).join(" "));
  }
  return queries;
}

/** Every prefix a reader types on the way to the full query; a prefix ending in a space repeats the last one. */
export function typingPrefixes(query: string): string[] {
  const prefixes: string[] = [];
  for (let i = MIN_QUERY_CHARS; i <= query.length; i++) {
    const prefix = query.slice(0, i);
    if (!prefix.endsWith(" ")) prefixes.push(prefix);
  }
  return prefixes;
}

export interface TypoCase {
  word: string;
  typo: string;
  /** Ids of the articles that contain the intended word. */
  relevant: Set<number>;
}

/**
 * 20 real words (6+ letters, in 3-200 articles, so neither a hapax nor a stopword) with one letter replaced
 * in the middle. A hit is a top-10 result that contains the intended word.
 */
export function pickTypoCases(articles: Article[], count = 20): TypoCase[] {
  const docsByWord = new Map<string, Set<number>>();
  for (const article of articles) {
    for (const word of new Set(tokens(`${article.title} ${article.body}`))) {
      if (word.length < 6) continue;
      let docs = docsByWord.get(word);
      if (!docs) docsByWord.set(word, (docs = new Set()));
      docs.add(article.id);
    }
  }
  const candidates = [...docsByWord.entries()]
    .filter(([, docs]) => docs.size >= 3 && docs.size <= 200)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const random = seededRandom(31);
  const cases: TypoCase[] = [];
  while (cases.length < count && candidates.length > 0) {
    const [word, relevant] = candidates.splice(Math.floor(random() * candidates.length), 1)[0]!;
    const at = 1 + Math.floor(random() * (word.length - 2));
    const replacement = "aeiourstnl".replace(word[at]!, "")[Math.floor(random() * 9)]!;
    const typo = word.slice(0, at) + replacement + word.slice(at + 1);
    if (docsByWord.has(typo)) continue; // the "typo" is itself a word of the corpus
    cases.push({ word, typo, relevant });
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------------------
// Engines

export function miniSearchEngine(): Engine {
  const options = { fields: ["title", "body"], idField: "id" };
  const searchOptions: SearchOptions = {
    prefix: true,
    fuzzy: (term) => fuzzyDistance(term),
    boost: { title: HEADLINE_BOOST },
    combineWith: "AND",
  };
  let index = new MiniSearch<Article>(options);
  return {
    name: "MiniSearch 7.2",
    browserEntry: `export { default } from "minisearch";`,
    async build(articles) {
      index = new MiniSearch<Article>(options);
      index.addAll(articles);
    },
    async serialize() {
      return JSON.stringify(index);
    },
    async load(serialized) {
      index = MiniSearch.loadJSON<Article>(serialized, options);
    },
    async search(query, limit) {
      return index
        .search(query, searchOptions)
        .slice(0, limit)
        .map((r) => r.id as number);
    },
  };
}

/**
 * FlexSearch has no edit-distance fuzzy search: LatinBalance folds letters that sound alike and collapses
 * repeats, which forgives some typos but not a substituted consonant. Its Document search ranks each field
 * separately and has no scoring-based field boost, so the two ranked lists are merged here by weighted
 * reciprocal rank, the headline counting double.
 */
export function flexSearchEngine(): Engine {
  const field = (name: "title" | "body") => ({
    field: name,
    tokenize: "forward" as const,
    encoder: Charset.LatinBalance,
  });
  const make = () =>
    new Document<{ id: number; title: string; body: string }>({
      document: { id: "id", index: [field("title"), field("body")] },
    });
  let index = make();
  return {
    name: "FlexSearch 0.8",
    browserEntry: `export { Document, Charset } from "flexsearch";`,
    async build(articles) {
      index = make();
      for (const article of articles) index.add(article);
    },
    async serialize() {
      // export() hands over the index in named chunks; one JSON object keeps them in one static file.
      const chunks: Record<string, string> = {};
      await index.export((key, data) => {
        chunks[key] = data;
      });
      return JSON.stringify(chunks);
    },
    async load(serialized) {
      index = make();
      const chunks = JSON.parse(serialized) as Record<string, string>;
      for (const [key, data] of Object.entries(chunks)) index.import(key, data);
    },
    async search(query, limit) {
      const perField = index.search(query, { limit, suggest: true }) as { field: string; result: number[] }[];
      return mergeRanked(perField, limit);
    },
  };
}

function mergeRanked(perField: { field: string; result: number[] }[], limit: number): number[] {
  const score = new Map<number, number>();
  for (const { field, result } of perField) {
    const weight = field === "title" ? HEADLINE_BOOST : 1;
    result.forEach((id, rank) => score.set(id, (score.get(id) ?? 0) + weight / (rank + 10)));
  }
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([id]) => id);
}

/**
 * Orama keeps every document in its own store and saves it with the index. Our articles live in their own
 * JSON files already, so only the index is worth shipping: the saved store is emptied before writing
 * (search results still carry the id, which is all we need). Orama's tolerance applies to every term,
 * so it is 1 for queries whose words are all 4+ letters and 0 otherwise.
 */
export function oramaEngine(): Engine {
  const schema = { title: "string", body: "string" } as const;
  let db: AnyOrama = create({ schema });
  return {
    name: "Orama 3.1",
    browserEntry: `export { create, load, search } from "@orama/orama";`,
    async build(articles) {
      db = create({ schema });
      await insertMultiple(
        db,
        articles.map((a) => ({ id: String(a.id), title: a.title, body: a.body })),
        1000,
      );
    },
    async serialize() {
      const raw = save(db) as RawData & { docs: { docs: Record<string, unknown> } };
      return JSON.stringify({ ...raw, docs: { ...raw.docs, docs: {} } });
    },
    async load(serialized) {
      db = create({ schema });
      load(db, JSON.parse(serialized) as RawData);
    },
    async search(query, limit) {
      const words = query.trim().split(/\s+/);
      const results = await search(db, {
        term: query,
        properties: ["title", "body"],
        boost: { title: HEADLINE_BOOST },
        tolerance: words.every((w) => fuzzyDistance(w) > 0) ? 1 : 0,
        threshold: 0, // only documents with every term, like the others' AND
        limit,
      });
      return results.hits.map((hit) => Number(hit.id));
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Measuring

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const median = (values: number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** Minified ESM bundle of what the app would import, gzipped at the default level a static server uses. */
async function browserCodeGzBytes(entry: string): Promise<number> {
  const result = await esbuild({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return gzipSync(result.outputFiles[0]!.contents).length;
}

async function measure(
  engine: Engine,
  articles: Article[],
  prefixes: string[],
  typoCases: TypoCase[],
): Promise<EngineReport> {
  const built = await timed(() => engine.build(articles));
  const serialized = await engine.serialize();
  // Load three times and keep the median: the first run also pays for JIT warm-up.
  const loadTimes: number[] = [];
  for (let i = 0; i < 3; i++) loadTimes.push((await timed(() => engine.load(serialized))).ms);

  // One warm-up pass so the figures are for a loaded page, not for V8 compiling the search code.
  for (const q of prefixes.slice(0, 20)) await engine.search(q, RESULT_LIMIT);
  const latencies: number[] = [];
  let answered = 0;
  for (const q of prefixes) {
    const { ms: elapsed, value } = await timed(() => engine.search(q, RESULT_LIMIT));
    latencies.push(elapsed);
    if (value.length > 0) answered++;
  }
  latencies.sort((a, b) => a - b);

  let typoHits = 0;
  for (const { typo, relevant } of typoCases) {
    const top = await engine.search(typo, 10);
    if (top.some((id) => relevant.has(id))) typoHits++;
  }

  return {
    name: engine.name,
    buildMs: built.ms,
    rawBytes: Buffer.byteLength(serialized),
    gzBytes: gzipSync(serialized).length,
    loadMs: median(loadTimes),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: latencies.at(-1)!,
    queries: latencies.length,
    answered,
    typoHits,
    typoTotal: typoCases.length,
    libGzBytes: await browserCodeGzBytes(engine.browserEntry),
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

export function formatTable(reports: EngineReport[]): string {
  const header = [
    "library",
    "build",
    "index raw",
    "index gz",
    "load (Node)",
    "query p50",
    "p95",
    "max",
    "answered",
    "typo top-10",
    "lib code gz",
  ];
  const rows = reports.map((r) => [
    r.name,
    ms(r.buildMs),
    kb(r.rawBytes),
    kb(r.gzBytes),
    ms(r.loadMs),
    ms(r.p50),
    ms(r.p95),
    ms(r.max),
    `${r.answered}/${r.queries}`,
    `${r.typoHits}/${r.typoTotal}`,
    kb(r.libGzBytes),
  ]);
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

async function main(): Promise<void> {
  const { docs, file } = parseArgs(process.argv.slice(2));
  const articles = buildCorpus(readSource(file), docs);
  const totalWords = articles.reduce((sum, a) => sum + wordCount(a.body), 0);
  const queries = pickQueries(articles);
  const prefixes = queries.flatMap(typingPrefixes);
  const typoCases = pickTypoCases(articles);
  console.log(
    `${articles.length} articles, ${Math.round(totalWords / articles.length)} words on average; ` +
      `${queries.length} queries typed as ${prefixes.length} prefixes; ${typoCases.length} typo words`,
  );
  console.log(`typos: ${typoCases.map((c) => `${c.typo}→${c.word}`).join(", ")}`);

  const reports: EngineReport[] = [];
  for (const engine of [miniSearchEngine(), flexSearchEngine(), oramaEngine()]) {
    console.log(`measuring ${engine.name}…`);
    reports.push(await measure(engine, articles, prefixes, typoCases));
    // Print as we go: a 10,000-article run takes minutes on a busy machine.
    console.log(formatTable(reports.slice(-1)).split("\n").at(-1));
  }
  console.log(`\n${formatTable(reports)}`);
}

await main();
