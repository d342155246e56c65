import { ENTITY_TYPES, type EntityType } from "../../src/schema/entity";
import { slugOrHash } from "../text/slugify";
import type { DocumentEntities, DocumentEntity } from "./document-entities";
import { abbreviationJoins, acronymJoins, surnameJoins, teamJoins, variantJoins, type Local } from "./collection-joins";
import { isAcronym, nameKey, nodeOf, orgCore, words } from "./collection-names";
import { createUnion, type Anchor } from "./union-find";

/** What the collection pass knows besides the articles: the editor's entries, then built-in world knowledge. */
export interface CollectionKnowledge {
  /** An editor's entry (content/entities.yaml) by id: its type and name win over everything. */
  curated(id: string): { id: string; name: string; type: EntityType; kind?: "curated" } | undefined;
  /** World knowledge for a written form ("US", "European Union"), or undefined. */
  known(form: string): { id: string; name: string; type: EntityType; kind: string } | undefined;
  /** A word known only as a first name ("Chelsea"), from the tagger's generated name lists. */
  firstNameOnly?(word: string): boolean;
  /** An everyday word ("Profile", "Research"): one the tagger's word lists know only as a common noun, verb or adjective. */
  commonWord?(word: string): boolean;
  /** What a card says of a decided entity beyond the editor's entry: a description, the country it belongs to. */
  describe?(entity: DocumentEntity): { description?: string; country?: string } | undefined;
}

export const noKnowledge: CollectionKnowledge = { curated: () => undefined, known: () => undefined };

/** One article as the pass reads it: its blocks' text (to read what each mention says) and its entities. */
export interface CollectionDocument {
  blocks: readonly string[];
  entities: DocumentEntities;
}

/** An article keeps its own type for a name when it says so this many times and the collection is not sure. */
const OWN_CONTEXT_MENTIONS = 2;

/** A one-word name no one in the collection has as a surname counts this much as a person against other readings. */
const LONE_PERSON_WEIGHT = 0.25;

const TYPE_RANK = new Map(ENTITY_TYPES.map((t, i) => [t, i]));
/**
 * Identity and type decided over the whole collection (issue 11), after each article was extracted on its own:
 * - names are compared by `nameKey`, case-folded through their slug ("U.S." = "US"; "Al-Qaeda" = "Al Qaeda");
 * - names join the editor's entry or the world knowledge they are a form of (US, United States, America);
 *   an acronym joins the name it was defined as anywhere in the collection ("European Union (EU)"), if only one;
 *   organisations and groups join with or without "Party" and in the singular or plural (Tory / Tories);
 *   a surname said alone joins the one full name that dominates it in the collection (Blair -> Tony Blair);
 * - each joined identity takes one type: the editor's, else world knowledge's, else the vote of its mentions;
 *   an article keeps another type only when it says so often and the collection's vote is split;
 * - the canonical name is the editor's or world knowledge's, else the fullest common form.
 * Pure and order-independent: the same documents in any order give the same ids (property-tested).
 */
export function resolveCollection(
  docs: readonly CollectionDocument[],
  knowledge: CollectionKnowledge = noKnowledge,
): DocumentEntities[] {
  const locals = docs.flatMap((doc, i) => localEntities(doc, i));
  const nodes = createUnion();
  for (const l of locals) nodes.add(l.node);

  // Anchors: a curated id, else the world entry one of its forms is, unless the collection mostly takes the name
  // for a person ("Jordan" in a basketball collection). Two anchors never join.
  // Each name's own vote, with the same ties as an identity's: whether the collection reads it as a person.
  const nodeVotes = new Map<string, Map<EntityType, number>>();
  for (const l of locals) {
    const votes = nodeVotes.get(l.node) ?? new Map<EntityType, number>();
    votes.set(l.entity.type, (votes.get(l.entity.type) ?? 0) + l.mentions);
    nodeVotes.set(l.node, votes);
  }
  const mostlyPerson = (node: string) => winner(nodeVotes.get(node)!) === "person";
  const anchorJoins: Array<[string, string]> = [];
  for (const l of locals) {
    const anchor = knowledge.curated(l.entity.id) ?? (mostlyPerson(l.node) ? undefined : worldAnchor(l, knowledge));
    if (!anchor) continue;
    nodes.anchor(`@${anchor.id}`, anchor);
    anchorJoins.push([l.node, `@${anchor.id}`]);
  }
  // Each kind of join is applied in one sorted batch, so the outcome does not depend on the articles' order.
  nodes.unionAll(anchorJoins);
  nodes.unionAll(acronymJoins(locals));
  nodes.unionAll(variantJoins(locals));
  nodes.unionAll(surnameJoins(locals, nodes, mostlyPerson));
  nodes.unionAll(teamJoins(locals, nodes, (form) => knowledge.known(form)));
  nodes.unionAll(abbreviationJoins(locals, nodes));

  // Decide each identity once, from everything said of it.
  const members = new Map<string, Local[]>();
  for (const l of locals) {
    const root = nodes.find(l.node);
    const list = members.get(root);
    if (list) list.push(l);
    else members.set(root, [l]);
  }
  // Last words of people's full names: a lone word among them is a surname, a lone word not among them that is
  // also read as something else is rarely a person ("Chelsea" the club; news names people in full first).
  const surnames = new Set<string>();
  const givenNames = new Set<string>();
  for (const l of locals) {
    const parts = words(l.entity.name);
    if (l.entity.type !== "person" || parts.length < 2) continue;
    surnames.add(parts.at(-1)!);
    givenNames.add(parts[0]!);
  }
  const decided = new Map<string, { identity: DocumentEntity; lone: boolean }>();
  for (const [root, list] of members) {
    const votes = new Map<EntityType, number>();
    for (const l of list) votes.set(l.entity.type, (votes.get(l.entity.type) ?? 0) + l.mentions);
    const lone = list.every((l) => words(l.entity.name).length === 1 && !surnames.has(words(l.entity.name)[0]!));
    if (lone && votes.has("person") && votes.size > 1) votes.set("person", votes.get("person")! * LONE_PERSON_WEIGHT);
    // A first name alone, that no one in the collection is called in full ("Chelsea" the club, never "Chelsea
    // Clinton"): news names people by surname, so it is the club or the company the tagger mistook.
    const firstNameAlone =
      lone &&
      knowledge.firstNameOnly !== undefined &&
      list.every((l) => knowledge.firstNameOnly!(l.entity.name) && !givenNames.has(l.entity.name));
    if (firstNameAlone && votes.has("person")) {
      votes.delete("person");
      if (votes.size === 0) votes.set("organization", 1);
    }
    const anchor = nodes.anchorOf(root);
    const type = anchor?.type ?? winner(votes);
    // The editor's name always; the world's when articles use it ("United States" for "U.S."), else theirs
    // ("Turkey", not the package's "Türkiye", in a collection that never writes it).
    const worldNameUnused =
      anchor?.kind !== undefined &&
      anchor.kind !== "curated" &&
      !list.some((l) => l.forms.some((f) => nodeOf(f) === nodeOf(anchor.name)));
    const name = anchor && !worldNameUnused ? anchor.name : canonicalName(list, type);
    decided.set(root, { identity: { id: anchor?.id ?? `${type}:${slugOrHash(name)}`, name, type }, lone });
  }

  // What each article says of each identity: its types and how many times. An article that gives it two types
  // does not clearly say either.
  const said = new Map<string, { type: EntityType | null; mentions: number }>();
  for (const l of locals) {
    const key = `${l.doc} ${nodes.find(l.node)}`;
    const seen = said.get(key);
    if (!seen) said.set(key, { type: l.entity.type, mentions: l.mentions });
    else {
      seen.mentions += l.mentions;
      if (seen.type !== l.entity.type) seen.type = null;
    }
  }

  const chrome = boilerplate(docs, members, knowledge);

  // Rewrite every article: its entities become the collection's, merged where two became one.
  const byDoc = docs.map(() => new Map<string, DocumentEntity | null>());
  for (const l of locals) {
    const root = nodes.find(l.node);
    if (chrome.has(root)) {
      byDoc[l.doc]!.set(l.entity.id, null);
      continue;
    }
    const { identity, lone } = decided.get(root)!;
    const own = said.get(`${l.doc} ${root}`)!;
    // A lone word the collection doubts as a person is not kept as one by an article either.
    const doubted = lone && own.type === "person";
    byDoc[l.doc]!.set(
      l.entity.id,
      !doubted && keepsOwnType(own, identity, nodes.anchorOf(root)) ? ownIdentity(identity, own.type!) : identity,
    );
  }
  return docs.map((doc, i) => {
    const rewrite = byDoc[i]!;
    // Most articles of a settled collection come out as they went in: kept as they are, not copied.
    const same = (e: DocumentEntity, to: DocumentEntity | null | undefined) =>
      to === undefined || (to !== null && to.id === e.id && to.name === e.name && to.type === e.type);
    if (doc.entities.entities.every((e) => same(e, rewrite.get(e.id)))) return doc.entities;
    const entities = new Map<string, DocumentEntity>();
    for (const e of doc.entities.entities) {
      const to = rewrite.get(e.id);
      if (to === null) continue;
      const kept = to ?? e;
      if (!entities.has(kept.id)) entities.set(kept.id, kept);
    }
    return {
      entities: [...entities.values()],
      mentions: doc.entities.mentions.flatMap((m) => {
        const to = rewrite.get(m.entityId);
        if (to === null) return [];
        const id = to?.id ?? m.entityId;
        return [id === m.entityId ? m : { ...m, entityId: id }];
      }),
    };
  });
}

/** Boilerplate: this many articles at least, nearly all of them around the same words. */
const CHROME_ARTICLES = 5;
const CHROME_SHARE = 0.9;

/**
 * Site chrome that survived into the text ("(JNJ.N: Quote, Profile, Research)" under every Reuters story): a
 * one-word name that is an everyday word, said in 5+ articles, 90% of the time between the same two words. It is not
 * an entity wherever it appears. Many-word names ("Sports Network" in "(Sports Network) -") are left alone.
 */
function boilerplate(
  docs: readonly CollectionDocument[],
  members: ReadonlyMap<string, readonly Local[]>,
  knowledge: CollectionKnowledge,
): Set<string> {
  const chrome = new Set<string>();
  if (!knowledge.commonWord) return chrome;
  for (const [root, list] of members) {
    if (list.length < CHROME_ARTICLES) continue;
    if (!list.every((l) => !l.entity.name.includes(" ") && knowledge.commonWord!(l.entity.name))) continue;
    if (new Set(list.map((l) => l.doc)).size < CHROME_ARTICLES) continue;
    const contexts = new Map<string, number>();
    let total = 0;
    for (const l of list) {
      const doc = docs[l.doc]!;
      for (const m of doc.entities.mentions) {
        if (m.entityId !== l.entity.id) continue;
        const text = doc.blocks[m.block]!;
        // The word before and the word after, with their punctuation: "Quote, | , Research".
        const before = /\S*\s*$/u.exec(text.slice(Math.max(0, m.start - 40), m.start))![0];
        const after = /^\s*\S*/u.exec(text.slice(m.end, m.end + 40))![0];
        const context = `${before}\u0000${after}`;
        contexts.set(context, (contexts.get(context) ?? 0) + 1);
        total++;
      }
    }
    if (Math.max(...contexts.values()) >= CHROME_SHARE * total) chrome.add(root);
  }
  return chrome;
}

/** Dates are not names: they keep their per-article identity and take no part in joining. */
function localEntities(doc: CollectionDocument, index: number): Local[] {
  const locals = namedLocals(doc, index);
  // "Northgate" in an article about "Northgate Rovers": a one-word organisation that begins exactly one longer
  // organisation of the same article is that organisation, there only.
  for (const l of locals) {
    if (l.entity.type !== "organization" || l.entity.name.includes(" ")) continue;
    const longer = locals.filter(
      (o) => o.entity.type === "organization" && o.entity.name.startsWith(`${l.entity.name} `),
    );
    if (longer.length === 1) {
      l.node = longer[0]!.node;
      l.shortFor = true;
    }
  }
  return locals;
}

function namedLocals(doc: CollectionDocument, index: number): Local[] {
  const byId = new Map<string, Local>();
  for (const entity of doc.entities.entities) {
    if (entity.type !== "date") byId.set(entity.id, { doc: index, entity, forms: [], mentions: 0, node: "" });
  }
  for (const m of doc.entities.mentions) {
    const l = byId.get(m.entityId);
    if (!l) continue;
    l.mentions++;
    const form = doc.blocks[m.block]?.slice(m.start, m.end);
    if (form && !l.forms.includes(form)) l.forms.push(form);
  }
  const out: Local[] = [];
  for (const l of byId.values()) {
    if (l.mentions === 0) continue;
    l.forms.sort();
    l.node = nodeOf(l.entity.name);
    out.push(l);
  }
  return out;
}
/**
 * A form world knowledge knows. Countries, regions and international organisations win whatever the article's
 * type; a city only names the place when the article took it for one ("Chelsea" the club is not the borough).
 */
function worldAnchor(l: Local, knowledge: CollectionKnowledge) {
  if (l.entity.type === "group" || l.entity.type === "person") return undefined;
  for (const form of [l.entity.name, ...l.forms]) {
    const found = knowledge.known(form);
    if (!found) continue;
    if (found.kind === "city" && l.entity.type !== found.type) continue;
    return found;
  }
  return undefined;
}
/** Most mentions wins; ties go to the type listed first (person, organization, place, group). */
function winner(votes: ReadonlyMap<EntityType, number>): EntityType {
  return [...votes].sort((a, b) => b[1] - a[1] || TYPE_RANK.get(a[0])! - TYPE_RANK.get(b[0])!)[0]![0];
}

/**
 * The name a reader knows it by: among the names articles gave it, written out in full (not an acronym, not a lone
 * surname when a full name exists), the one the most articles use; ties to the longer, then alphabetical.
 */
function canonicalName(list: readonly Local[], type: EntityType): string {
  const articles = new Map<string, Set<number>>();
  for (const l of list) {
    if (l.entity.type !== type && list.some((o) => o.entity.type === type)) continue;
    articles.set(l.entity.name, (articles.get(l.entity.name) ?? new Set()).add(l.doc));
  }
  // A dateline's capitals ("NEW YORK") are not how the name is written.
  const shouted = (name: string) => /\p{Lu}{4,}/u.test(name) && !isAcronym(name);
  // An acronym only when nothing else spells it out ("NASA" over "Nasa"; "European Union" over "EU").
  const short = (name: string) => isAcronym(orgCore(name));
  const spelledOut = (name: string) =>
    !short(name) || ![...articles.keys()].some((o) => !short(o) && nodeOf(orgCore(o)) !== nodeOf(orgCore(name)));
  // A person by full name; a company without its legal suffix ("Microsoft", not "Microsoft Corp.").
  const complete = (name: string) =>
    type === "person" ? words(name).length > 1 : orgCore(name) === nameKey(name.replace(/\s+Party$/u, ""));
  const score = (name: string) => (spelledOut(name) ? 4 : 0) + (shouted(name) ? 0 : 2) + (complete(name) ? 1 : 0);
  return [...articles]
    .sort(
      (a, b) =>
        score(b[0]) - score(a[0]) || b[1].size - a[1].size || b[0].length - a[0].length || a[0].localeCompare(b[0]),
    )
    .map(([name]) => name)[0]!;
}

function keepsOwnType(
  own: { type: EntityType | null; mentions: number },
  identity: DocumentEntity,
  anchor: Anchor | undefined,
): boolean {
  // The editor's word, a country and an international organisation are final; a city or region named for its
  // team ("CHICAGO 8 5" in a standings table) is the article's own reading, like any name knowledge does not pin.
  const pinned = anchor !== undefined && anchor.kind !== "city" && anchor.kind !== "region";
  return !pinned && own.type !== null && own.type !== identity.type && own.mentions >= OWN_CONTEXT_MENTIONS;
}

/** The collection's name under the article's own type: "Chicago" the team beside "Chicago" the city. */
const ownIdentity = (identity: DocumentEntity, type: EntityType): DocumentEntity => ({
  id: `${type}:${slugOrHash(identity.name)}`,
  name: identity.name,
  type,
});
