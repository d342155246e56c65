/**
 * Just enough of the WordNet 3.x database format (wndb(5WN)) for the world-knowledge generator:
 * noun synsets with their lemmas (case preserved), lexicographer file, hypernyms and part holonyms,
 * and SemCor tag counts from index.sense, which say how often a lowercase word is an ordinary word.
 */

/** wndb lexicographer file numbers 03–28 (lexnames(5WN)); adjective, adverb and verb files are not used. */
export const NOUN_LEXFILES: Readonly<Record<number, string>> = {
  3: "noun.Tops",
  4: "noun.act",
  5: "noun.animal",
  6: "noun.artifact",
  7: "noun.attribute",
  8: "noun.body",
  9: "noun.cognition",
  10: "noun.communication",
  11: "noun.event",
  12: "noun.feeling",
  13: "noun.food",
  14: "noun.group",
  15: "noun.location",
  16: "noun.motive",
  17: "noun.object",
  18: "noun.person",
  19: "noun.phenomenon",
  20: "noun.plant",
  21: "noun.possession",
  22: "noun.process",
  23: "noun.quantity",
  24: "noun.relation",
  25: "noun.shape",
  26: "noun.state",
  27: "noun.substance",
  28: "noun.time",
};

export interface Synset {
  offset: string;
  lexFile: number;
  /** Lemmas as written in the data file, underscores turned into spaces ("United States", "U.S."). */
  words: string[];
  /** `@` class hypernyms. */
  hypernyms: string[];
  /** `@i` instance hypernyms: a synset with any is an instance (a proper name), not a class. */
  instanceOf: string[];
  /** `#p` part holonyms ("London" is part of "England"). */
  partOf: string[];
  gloss: string;
}

export interface WordNet {
  synsets: ReadonlyMap<string, Synset>;
  /** index.sense, noun senses: "offset|lowercase lemma" -> SemCor tag count. */
  tagCounts: ReadonlyMap<string, number>;
  /** index.sense: sense key ("leader%1:18:00::") -> synset offset. */
  senseKeys: ReadonlyMap<string, string>;
  /** Every lemma written in lowercase in some synset of any part of speech -> its total SemCor tag count. */
  lowercaseWords: ReadonlyMap<string, number>;
}

const lemmaOf = (raw: string) => raw.replace(/\([a-z]+\)$/u, "").replace(/_/gu, " ");

/** Parses data.noun; lines starting with spaces are the licence header. */
export function parseDataFile(text: string): Synset[] {
  const out: Synset[] = [];
  for (const line of text.split("\n")) {
    if (line.length === 0 || line.startsWith(" ")) continue;
    const bar = line.indexOf(" | ");
    const head = (bar >= 0 ? line.slice(0, bar) : line).trim().split(" ");
    const wordCount = Number.parseInt(head[3]!, 16);
    const words: string[] = [];
    let i = 4;
    for (let k = 0; k < wordCount; k++, i += 2) words.push(lemmaOf(head[i]!));
    const pointerCount = Number.parseInt(head[i]!, 10);
    i++;
    const synset: Synset = {
      offset: head[0]!,
      lexFile: Number.parseInt(head[1]!, 10),
      words,
      hypernyms: [],
      instanceOf: [],
      partOf: [],
      gloss: bar >= 0 ? line.slice(bar + 3).trim() : "",
    };
    for (let k = 0; k < pointerCount; k++, i += 4) {
      const [symbol, target, pos] = [head[i], head[i + 1]!, head[i + 2]];
      if (pos !== "n") continue;
      if (symbol === "@") synset.hypernyms.push(target);
      else if (symbol === "@i") synset.instanceOf.push(target);
      else if (symbol === "#p") synset.partOf.push(target);
    }
    out.push(synset);
  }
  return out;
}

/** Lowercase lemmas of any part of speech (data.verb, data.adj, ... lines), for the "ordinary word" test. */
export function lowercaseLemmas(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    if (line.length === 0 || line.startsWith(" ")) continue;
    const head = line.split(" ", 4 + 2 * 255);
    const wordCount = Number.parseInt(head[3]!, 16);
    for (let k = 0; k < wordCount; k++) {
      const w = lemmaOf(head[4 + 2 * k]!);
      if (w === w.toLowerCase()) out.push(w);
    }
  }
  return out;
}

export interface WordNetFiles {
  dataNoun: string;
  /** data.verb, data.adj, data.adv: only their lowercase lemmas are read. */
  otherData: readonly string[];
  indexSense: string;
}

export function loadWordNet(files: WordNetFiles): WordNet {
  const synsets = new Map(parseDataFile(files.dataNoun).map((s) => [s.offset, s]));
  const otherLower = new Set(files.otherData.flatMap(lowercaseLemmas));
  const tagCounts = new Map<string, number>();
  const senseKeys = new Map<string, string>();
  const lowercaseWords = new Map<string, number>();
  const addLower = (w: string, n: number) => lowercaseWords.set(w, (lowercaseWords.get(w) ?? 0) + n);
  for (const line of files.indexSense.split("\n")) {
    const [key, offset, , count] = line.split(" ");
    if (!key || !offset) continue;
    senseKeys.set(key, offset);
    const percent = key.indexOf("%");
    const lemma = key.slice(0, percent).replace(/_/gu, " ");
    const n = Number(count ?? 0);
    if (key[percent + 1] === "1") {
      tagCounts.set(`${offset}|${lemma}`, n);
      // Sense keys are lowercased: only a sense whose synset writes the lemma in lowercase is an ordinary word.
      if (synsets.get(offset)?.words.includes(lemma)) addLower(lemma, n);
    } else if (otherLower.has(lemma)) addLower(lemma, n);
  }
  for (const s of synsets.values()) for (const w of s.words) if (w === w.toLowerCase()) addLower(w, 0);
  for (const w of otherLower) addLower(w, 0);
  return { synsets, tagCounts, senseKeys, lowercaseWords };
}

export function synsetOfSenseKey(wn: WordNet, key: string): Synset {
  const offset = wn.senseKeys.get(key);
  const synset = offset === undefined ? undefined : wn.synsets.get(offset);
  if (!synset) throw new Error(`WordNet sense key ${key} not found: the policy tables need updating for this WordNet`);
  return synset;
}

export const isInstance = (s: Synset) => s.instanceOf.length > 0;

/** Every synset above `s` through class and instance hypernyms. */
export function ancestors(wn: WordNet, s: Synset): Set<string> {
  const seen = new Set<string>();
  const stack = [...s.hypernyms, ...s.instanceOf];
  while (stack.length) {
    const offset = stack.pop()!;
    if (seen.has(offset)) continue;
    seen.add(offset);
    const up = wn.synsets.get(offset);
    if (up) stack.push(...up.hypernyms, ...up.instanceOf);
  }
  return seen;
}

/** Every synset `s` is transitively a part of ("London" -> England -> United Kingdom -> Europe). */
export function wholes(wn: WordNet, s: Synset): Set<string> {
  const seen = new Set<string>();
  const stack = [...s.partOf];
  while (stack.length) {
    const offset = stack.pop()!;
    if (seen.has(offset)) continue;
    seen.add(offset);
    stack.push(...(wn.synsets.get(offset)?.partOf ?? []));
  }
  return seen;
}
