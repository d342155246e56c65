/** A token of running text with its UTF-16 offsets, end exclusive. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words whose trailing dot is part of them ("Corp.", "Mr."), as news tokenisers (and CoNLL) keep them. */
const DOTTED = new Set(
  (
    "Mr Mrs Ms Dr Prof St Sr Jr Inc Corp Co Ltd Bros Gen Gov Sen Rep Lt Col Capt Sgt Adm Maj Rev Mt Ft Ave No vs " +
    "Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec Calif Fla Ill Mass Mich Minn Wash Tex Ariz Conn"
  ).split(" "),
);

/** "Corp." and, in an all-caps headline, "CORP." or "ST." */
const isDotted = (word: string) =>
  DOTTED.has(word) || (/^\p{Lu}+$/u.test(word) && DOTTED.has(word[0] + word.slice(1).toLowerCase()));

const LEADING = /^[("'“‘[{«]/u;
const TRAILING = /[)"'”’\]}»,;:!?.…]$/u;
const CLITIC = /(?:n['’]t|['’](?:s|S|re|ve|ll|d|m))$/u;
const WHOLE = /^(?:['’](?:s|S|re|ve|ll|d|m|\d+)|n['’]t|[\p{P}\p{S}]+)$/u;
const INITIALISM = /^(?:\p{L}\.)+$/u;

/** Splits one whitespace-free chunk: leading and trailing punctuation apart, then a clitic apart. */
function splitChunk(chunk: string, at: number, out: Token[]): void {
  let start = 0;
  let end = chunk.length;
  const head: Token[] = [];
  const tail: Token[] = [];
  // A chunk that is a clitic, a year like '96 or punctuation only ("...", "--") stays whole.
  if (WHOLE.test(chunk)) {
    out.push({ text: chunk, start: at, end: at + chunk.length });
    return;
  }
  while (end - start > 1 && LEADING.test(chunk[start]!)) {
    head.push({ text: chunk[start]!, start: at + start, end: at + start + 1 });
    start++;
  }
  while (end - start > 1 && TRAILING.test(chunk[end - 1]!)) {
    const word = chunk.slice(start, end - 1);
    // "Corp.", "U.S." and the initial in "George W. Bush" keep their dot.
    if (chunk[end - 1] === "." && (isDotted(word) || /^\p{Lu}$/u.test(word) || INITIALISM.test(`${word}.`))) break;
    tail.unshift({ text: chunk[end - 1]!, start: at + end - 1, end: at + end });
    end--;
  }
  const word = chunk.slice(start, end);
  const clitic = CLITIC.exec(word);
  out.push(...head);
  if (clitic && clitic.index > 0) {
    out.push({ text: word.slice(0, clitic.index), start: at + start, end: at + start + clitic.index });
    out.push({ text: clitic[0], start: at + start + clitic.index, end: at + end });
  } else {
    out.push({ text: word, start: at + start, end: at + end });
  }
  out.push(...tail);
}

/**
 * Splits text into word tokens the way CoNLL-style news data is tokenised: punctuation apart, possessive
 * "'s" and "n't" apart ("Kremlin's" -> "Kremlin" "'s"), abbreviations and initials keep their dot.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\S+/gu)) splitChunk(m[0], m.index, out);
  return out;
}

const SENTENCE_END = new Set([".", "!", "?"]);

/** Index ranges of sentences: a new one starts after ".", "!" or "?". Cheap, and the same at training and run time. */
export function sentenceRanges(tokens: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  tokens.forEach((t, i) => {
    if (SENTENCE_END.has(t) && i + 1 < tokens.length && !SENTENCE_END.has(tokens[i + 1]!)) {
      ranges.push([from, i + 1]);
      from = i + 1;
    }
  });
  if (from < tokens.length) ranges.push([from, tokens.length]);
  return ranges;
}
