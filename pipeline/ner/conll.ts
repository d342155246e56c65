/** CoNLL-2003 style data: one `token ... TAG` per line, blank lines between sentences, `-DOCSTART-` between documents. */

export type ConllType = "PER" | "ORG" | "LOC" | "MISC";

export interface ConllSentence {
  tokens: string[];
  /** IOB tags as written (`O`, `B-PER`, `I-ORG`…); IOB1 and IOB2 are both accepted. */
  tags: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/** A gold or predicted span over token indices, end exclusive. */
export interface TokenSpan {
  start: number;
  end: number;
  type: ConllType;
}

const TYPES = new Set<string>(["PER", "ORG", "LOC", "MISC"]);

/**
 * Reads a CoNLL file. The tag is the last column; other columns (POS, chunk) are ignored.
 * Text before the first `-DOCSTART-` forms a document of its own, so files without markers still read.
 */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let sentence: ConllSentence = { tokens: [], tags: [] };
  const endSentence = () => {
    if (sentence.tokens.length) doc.sentences.push(sentence);
    sentence = { tokens: [], tags: [] };
  };
  const endDocument = () => {
    endSentence();
    if (doc.sentences.length) docs.push(doc);
    doc = { sentences: [] };
  };
  text.split(/\r?\n/u).forEach((line, index) => {
    const cols = line.trim().split(/\s+/u).filter(Boolean);
    if (cols.length === 0) return endSentence();
    if (cols[0] === "-DOCSTART-") return endDocument();
    const tag = cols.length > 1 ? cols.at(-1)! : "O";
    const type = tag.slice(2);
    if (tag !== "O" && (!/^[BI]-/u.test(tag) || !TYPES.has(type))) {
      throw new Error(`line ${index + 1}: unknown tag ${JSON.stringify(tag)}`);
    }
    sentence.tokens.push(cols[0]!);
    sentence.tags.push(tag);
  });
  endDocument();
  return docs;
}

/** Entity spans from IOB tags: `B-` always starts one, `I-` continues only the same type (IOB1-safe). */
export function spansFromIob(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const type = tag === "O" ? null : (tag.slice(2) as ConllType);
    if (open && (type !== open.type || tag.startsWith("B-"))) {
      spans.push(open);
      open = null;
    }
    if (type && !open) open = { start: i, end: i + 1, type };
    else if (open) open.end = i + 1;
  });
  if (open) spans.push(open);
  return spans;
}

export interface DocumentText {
  /** The document's tokens joined by single spaces. */
  text: string;
  tokens: string[];
  /** UTF-16 offset where each token starts in `text`. */
  starts: number[];
  /** Gold spans over all the document's tokens (sentence boundaries dropped). */
  spans: TokenSpan[];
}

/** Rebuilds a document as one text, the way a reader would paste it: tokens joined by single spaces. */
export function documentText(doc: ConllDocument): DocumentText {
  const tokens: string[] = [];
  const spans: TokenSpan[] = [];
  for (const s of doc.sentences) {
    const base = tokens.length;
    for (const span of spansFromIob(s.tags)) spans.push({ ...span, start: span.start + base, end: span.end + base });
    tokens.push(...s.tokens);
  }
  const starts: number[] = [];
  let at = 0;
  for (const t of tokens) {
    starts.push(at);
    at += t.length + 1;
  }
  return { text: tokens.join(" "), tokens, starts, spans };
}
