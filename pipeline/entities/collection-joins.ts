import type { EntityType } from "../../src/schema/entity";
import { slugOrHash } from "../text/slugify";
import type { DocumentEntity } from "./document-entities";
import {
  initials,
  isAcronym,
  nameKey,
  nodeOf,
  plainVariantNode,
  variantCore,
  variantNode,
  words,
} from "./collection-names";
import type { Union } from "./union-find";

// The joins of the collection pass (resolve-collection.ts): each proposes pairs of nodes that name one identity.

/** An article-entity as the pass reads it. */
export interface Local {
  doc: number;
  entity: DocumentEntity;
  /** The written forms of its mentions, distinct. */
  forms: string[];
  mentions: number;
  /** The node its name is. */
  node: string;
  /** Its name is short for a longer one in the same article, whose node it took: it proposes no joins of its own. */
  shortFor?: boolean;
}

/** A surname, a team short name or an abbreviation joins the one identity carrying this share of its candidates. */
const DOMINANCE = 0.9;

/** The identity that carries at least 90% of the counts, if one does (ties to the smaller key: order-free). */
function dominant(counts: ReadonlyMap<string, number>): string | undefined {
  if (counts.size === 0) return undefined;
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  return n >= DOMINANCE * total ? best : undefined;
}

/**
 * "European Union (EU)" in one article makes that entity's forms include both; the acronym then names the
 * European Union in every article, unless the collection defines it as two things.
 */
export function acronymJoins(locals: readonly Local[]): Array<[string, string]> {
  const defined = new Map<string, Set<string>>();
  for (const l of locals) {
    const expansions = l.forms.filter((f) => !isAcronym(f));
    for (const form of l.forms) {
      if (!isAcronym(form)) continue;
      const short = nameKey(form);
      for (const long of expansions) {
        if (initials(long) === short) defined.set(short, (defined.get(short) ?? new Set()).add(nodeOf(long)));
      }
    }
  }
  return [...defined].flatMap(([short, longs]): Array<[string, string]> =>
    longs.size === 1 ? [[nodeOf(short), [...longs][0]!]] : [],
  );
}

/** Organisations and groups: "Labour Party" = "Labour"; "Tories" = "Tory"; "Liberal Democrats" = "Liberal Democrat". */
export function variantJoins(locals: readonly Local[]): Array<[string, string]> {
  const joins: Array<[string, string]> = [];
  const shortened = new Map<string, Set<string>>();
  for (const l of locals) {
    if (l.shortFor) continue;
    if (l.entity.type !== "organization" && l.entity.type !== "group") {
      // Other types take no variant of their own, but meet the organisations whose variant they are ("Merck"
      // typed a person somewhere, "Merck & Co." elsewhere).
      joins.push([l.node, plainVariantNode(l.entity.name)]);
      continue;
    }
    const core = variantCore(l.entity.name);
    joins.push([l.node, variantNode(l.entity.name)]);
    // "Lib Dem" and "Liberal Democrat": the same words, shortened. Compared within (word count, initials).
    const parts = core.split(" ");
    if (parts.length > 1) {
      const bucket = `${parts.length}:${parts.map((p) => p[0]).join("")}`;
      shortened.set(bucket, (shortened.get(bucket) ?? new Set()).add(core));
    }
  }
  for (const names of shortened.values()) {
    if (names.size < 2 || names.size > 50) continue;
    const list = [...names];
    for (const a of list) {
      for (const b of list) {
        if (a !== b && abbreviates(a, b)) joins.push([`~${slugOrHash(a)}`, `~${slugOrHash(b)}`]);
      }
    }
  }
  return joins;
}

/** Every word of `short` begins the matching word of `long`, and at least one is cut short to 3+ letters. */
function abbreviates(short: string, long: string): boolean {
  const [s, l] = [short.split(" "), long.split(" ")];
  let cut = false;
  for (let i = 0; i < s.length; i++) {
    if (!l[i]!.startsWith(s[i]!) || (s[i]!.length < 3 && s[i] !== l[i])) return false;
    if (s[i] !== l[i]) cut = true;
  }
  return cut;
}

/**
 * "Blair" alone joins "Tony Blair" when, of the articles that name someone "… Blair" in full, at least 90% name
 * Tony Blair. Several people of one surname with no clear first (Bush: George W. and George H. W.) stay apart.
 */
export function surnameJoins(
  locals: readonly Local[],
  nodes: Union,
  mostlyPerson: (node: string) => boolean,
): Array<[string, string]> {
  const fullBySurname = new Map<string, Map<string, number>>();
  for (const l of locals) {
    const parts = words(l.entity.name);
    if (l.entity.type !== "person" || parts.length < 2) continue;
    const root = nodes.find(l.node);
    const counts = fullBySurname.get(parts.at(-1)!) ?? new Map<string, number>();
    counts.set(root, (counts.get(root) ?? 0) + 1);
    fullBySurname.set(parts.at(-1)!, counts);
  }
  const joins: Array<[string, string]> = [];
  for (const l of locals) {
    const parts = words(l.entity.name);
    // Only a name the collection mostly reads as a person: "Washington" the city never joins Denzel Washington.
    if (l.entity.type !== "person" || parts.length !== 1 || !mostlyPerson(l.node)) continue;
    const counts = fullBySurname.get(parts[0]!);
    if (!counts) continue;
    const best = dominant(counts);
    if (best !== undefined) joins.push([l.node, best]);
  }
  return joins;
}

/**
 * "Red Sox" alone joins "Boston Red Sox" when that is, by the same 90% rule as surnames, the organisation the
 * collection names by a place followed by those words. Only a place may be dropped from the front: "United" is
 * short for too many clubs, "Microsoft" is not short for "Microsoft Office".
 */
export function teamJoins(
  locals: readonly Local[],
  nodes: Union,
  known: (form: string) => { type: EntityType } | undefined,
): Array<[string, string]> {
  const byTail = new Map<string, Map<string, number>>();
  for (const l of locals) {
    if (l.entity.type !== "organization") continue;
    const parts = words(l.entity.name);
    for (let cut = 1; cut < parts.length; cut++) {
      const head = parts.slice(0, cut).join(" ");
      if (known(head)?.type !== "place") continue;
      const tail = parts.slice(cut).join(" ");
      const counts = byTail.get(tail) ?? new Map<string, number>();
      const root = nodes.find(l.node);
      counts.set(root, (counts.get(root) ?? 0) + 1);
      byTail.set(tail, counts);
    }
  }
  const joins: Array<[string, string]> = [];
  for (const l of locals) {
    if (l.entity.type !== "organization" || l.shortFor) continue;
    const counts = byTail.get(nameKey(l.entity.name));
    if (!counts) continue;
    const best = dominant(counts);
    if (best !== undefined) joins.push([l.node, best]);
  }
  return joins;
}

/**
 * "Calif." joins "California", "Mass." joins "Massachusetts": a one-word name cut short with a full stop joins
 * the one-word name of the same type it begins, when (90% rule) the collection has one such name.
 */
export function abbreviationJoins(locals: readonly Local[], nodes: Union): Array<[string, string]> {
  // One-word names by their first three letters: an abbreviation is at least three letters long.
  const byStart = new Map<string, Local[]>();
  for (const l of locals) {
    if (l.entity.name.includes(" ") || l.entity.name.endsWith(".")) continue;
    const start = l.entity.name.slice(0, 3);
    const list = byStart.get(start);
    if (list) list.push(l);
    else byStart.set(start, [l]);
  }
  const joins: Array<[string, string]> = [];
  for (const l of locals) {
    const m = /^(\p{Lu}\p{Ll}{2,})\.$/u.exec(l.entity.name);
    if (!m) continue;
    const counts = new Map<string, number>();
    for (const f of byStart.get(m[1]!.slice(0, 3)) ?? []) {
      if (f.entity.type !== l.entity.type || !f.entity.name.startsWith(m[1]!) || f.entity.name === m[1]) continue;
      const root = nodes.find(f.node);
      counts.set(root, (counts.get(root) ?? 0) + 1);
    }
    const best = dominant(counts);
    if (best !== undefined) joins.push([l.node, best]);
  }
  return joins;
}
