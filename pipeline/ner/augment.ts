import type { GazetteerLists } from "./gazetteer";
import { labelsFromSpans, spansFromLabels } from "./labels";
import type { LabelledDocument } from "./train-tagger";

/** Names by type that a training mention may be swapped for, as lists of tokens. */
export interface ReplacementPools {
  first: string[][];
  last: string[][];
  place: string[][];
  organization: string[][];
}

const titleCase = (phrase: string): string[] =>
  phrase
    .split(" ")
    .map((w) => (w.length <= 3 && /^(?:of|the|and|de|la|del|du)$/u.test(w) ? w : w[0]!.toUpperCase() + w.slice(1)));
const plain = (phrase: string) => /^[a-z][a-z .'-]*[a-z]$/u.test(phrase);

/**
 * Replacement names from the tagger's own gazetteers: first names and surnames, countries and cities of
 * 100,000+ people, and organisations, teams and WordNet's group instances, plus "<surname or city>
 * <organisation head>" ("Adams Airlines") so that organisations the lists lack are made too.
 */
export function replacementPools(lists: GazetteerLists): ReplacementPools {
  const pick = (...categories: string[]) =>
    [...new Set(categories.flatMap((c) => lists[c] ?? []))].filter(plain).map(titleCase);
  const last = pick("last");
  const place = pick("country", "city1m", "city100k");
  const heads = pick("orghead").filter((h) => h.length === 1);
  const made = [...last, ...place.filter((p) => p.length === 1)].flatMap((name, i) =>
    heads.length ? [[...name, ...heads[i % heads.length]!]] : [],
  );
  return { first: pick("first"), last, place, organization: [...pick("org", "team", "wi:group"), ...made] };
}

/**
 * A copy of a training document whose person, place and organisation mentions are swapped for names from
 * the pools (each distinct mention with probability `share`, the same swap wherever it recurs). The copy
 * keeps the sentence and the labels, so the tagger learns the context of a type, not just the 1996 names.
 * Only mentions of `types` (PER, ORG, LOC) are swapped; MISC and mentions written in capitals (headlines) are kept.
 */
export function replaceMentions(
  doc: LabelledDocument,
  pools: ReplacementPools,
  random: () => number,
  share: number,
  types: ReadonlySet<string> = new Set(["PER", "ORG", "LOC"]),
): LabelledDocument {
  const choose = (list: string[][]) => list[Math.floor(random() * list.length)]!;
  const swaps = new Map<string, string[] | null>();
  const tokens: string[] = [];
  const spans: Array<{ start: number; end: number; type: "PER" | "ORG" | "LOC" | "MISC" }> = [];
  let at = 0;
  for (const span of spansFromLabels(doc.gold)) {
    tokens.push(...doc.tokens.slice(at, span.start));
    const words = doc.tokens.slice(span.start, span.end);
    const k = `${span.type} ${words.join(" ")}`;
    let swap = swaps.get(k);
    if (swap === undefined) {
      const capitals = words.some((w) => /\p{Lu}{2}/u.test(w) && !/\p{Ll}/u.test(w));
      swap =
        !types.has(span.type) || capitals || random() >= share
          ? null
          : span.type === "PER"
            ? words.length === 1
              ? choose(pools.last)
              : [...choose(pools.first), ...choose(pools.last)]
            : choose(span.type === "LOC" ? pools.place : pools.organization);
      swaps.set(k, swap);
    }
    const out = swap ?? words;
    spans.push({ start: tokens.length, end: tokens.length + out.length, type: span.type });
    tokens.push(...out);
    at = span.end;
  }
  tokens.push(...doc.tokens.slice(at));
  return { tokens, gold: labelsFromSpans(spans, tokens.length) };
}
