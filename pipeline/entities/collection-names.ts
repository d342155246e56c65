import { slugOrHash } from "../text/slugify";
import * as keys from "./name-key";

// Names as the collection pass (resolve-collection.ts) compares them, each function remembered per name.

/**
 * A function of a name, remembered: a collection says the same few thousand names hundreds of thousands of times.
 * The memory is dropped when it grows past a bound, so one long process does not keep every name it ever saw.
 */
export function remembered<T>(f: (name: string) => T): (name: string) => T {
  const seen = new Map<string, T>();
  return (name) => {
    const known = seen.get(name);
    if (known !== undefined || seen.has(name)) return known as T;
    if (seen.size > 200_000) seen.clear();
    const value = f(name);
    seen.set(name, value);
    return value;
  };
}

export const nameKey = remembered(keys.nameKey);
export const isAcronym = remembered(keys.isAcronym);
export const initials = remembered(keys.initials);

/** The node a name is: its key, case-folded through the slug so that spellings of one name meet. */
export const nodeOf = remembered((name: string) => `=${slugOrHash(nameKey(name))}`);

/**
 * What is left of an organisation's name without "Party" or a company suffix: "Microsoft Corp." -> "Microsoft",
 * "Apple Computer Inc." -> "Apple" (the maker's trade word, as 2000s news wrote Apple, Dell and Gateway).
 */
const SUFFIX =
  /,?\s+(?:Party|Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|plc|Co\.?|LLC|AG|SA|NV|Computers?)$/iu;

export const orgCore = remembered(orgCoreOf);
export const variantCore = remembered((name: string) => keys.singularKey(orgCore(name)));
export const variantNode = remembered((name: string) => `~${slugOrHash(variantCore(name))}`);
export const plainVariantNode = remembered((name: string) => `~${slugOrHash(nameKey(name))}`);

function orgCoreOf(name: string): string {
  let core = nameKey(name);
  for (let next = core.replace(SUFFIX, ""); next !== core && next.length > 0; next = core.replace(SUFFIX, ""))
    core = next;
  return core.replace(/\s*&$/u, "");
}

/** A name's words, by its key. */
export const words = remembered((name: string) => nameKey(name).split(" "));
