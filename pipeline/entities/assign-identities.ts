import type { EntityType } from "../../src/schema/entity";
import type { Candidate } from "./candidate";
import type { BlockMention, DocumentEntities, DocumentEntity } from "./document-entities";
import { identityKey } from "./identity-key";
import type { KnowledgeBaseMatcher } from "./kb-matcher";
import { slugOrHash } from "../text/slugify";

const isKbKey = (key: string) => key.startsWith("kb|");

/** Union-find over identity keys; a knowledge-base key always ends up as the root. */
function createUnion() {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    const p = parent.get(key);
    if (p === undefined || p === key) return key;
    const root = find(p);
    parent.set(key, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb || (isKbKey(ra) && isKbKey(rb))) return;
    if (isKbKey(ra)) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  return { find, union };
}

const tokens = (s: string) => s.split(/\s+/u).filter(Boolean);

/** "Putin" after "Vladimir Putin": a lone token joins the one full name that ends (or else starts) with it. */
function joinPersonTokens(people: Array<{ key: string; surface: string }>, u: ReturnType<typeof createUnion>) {
  const fullNames = people.filter((p) => tokens(p.surface).length > 1);
  for (const single of people) {
    if (tokens(single.surface).length !== 1 || isKbKey(single.key)) continue;
    for (const pick of [(t: string[]) => t.at(-1), (t: string[]) => t[0]]) {
      const roots = new Set(
        fullNames.filter((f) => pick(tokens(f.surface)) === single.surface).map((f) => u.find(f.key)),
      );
      if (roots.size === 0) continue;
      if (roots.size === 1) u.union(single.key, [...roots][0]!);
      break;
    }
  }
}

/** Groups settled mentions into entities with canonical names and ids. */
export function assignIdentities(
  blocks: readonly string[],
  mentions: readonly Candidate[],
  kb: KnowledgeBaseMatcher,
): DocumentEntities {
  const u = createUnion();
  const keyed = mentions.map((m) => ({
    m,
    key: identityKey(m, blocks),
    surface: blocks[m.block]!.slice(m.start, m.end),
  }));
  for (const { m, key } of keyed) if (m.joinKey) u.union(key, m.joinKey);
  joinPersonTokens(
    keyed.filter((k) => k.m.type === "person"),
    u,
  );

  const groups = new Map<string, { type: EntityType; name: string; kbId?: string }>();
  for (const { m, key, surface } of keyed) {
    const root = u.find(key);
    const group = groups.get(root) ?? { type: m.type, name: surface };
    if (surface.length > group.name.length) group.name = surface;
    if (isKbKey(root)) group.kbId = root.slice(3);
    groups.set(root, group);
  }

  const entities = new Map<string, DocumentEntity>();
  const out: BlockMention[] = [];
  for (const { m, key } of keyed) {
    const group = groups.get(u.find(key))!;
    const entry = group.kbId ? kb.entry(group.kbId) : undefined;
    const entity: DocumentEntity = entry
      ? { id: entry.id, name: entry.name, type: entry.type }
      : {
          id: `${group.type}:${slugOrHash(group.name)}`,
          name: group.name,
          type: group.type,
        };
    if (!entities.has(entity.id)) entities.set(entity.id, entity);
    out.push({
      block: m.block,
      start: m.start,
      end: m.end,
      entityId: entity.id,
    });
  }
  return { entities: [...entities.values()], mentions: out };
}
