import type { EntityType } from "../../src/schema/entity";

export type Union = ReturnType<typeof createUnion>;
export type Anchor = { id: string; name: string; type: EntityType; kind?: string };

/**
 * Union-find in which the smaller key is always the root, and two anchored sets never merge (an editor's or the
 * world's entities stay apart whatever joins propose). `unionAll` applies a batch in sorted order, so the sets it
 * makes do not depend on the order the pairs were found in.
 */
export function createUnion() {
  const parent = new Map<string, string>();
  const anchors = new Map<string, Anchor>();
  const find = (key: string): string => {
    let root = key;
    for (let p = parent.get(root); p !== undefined && p !== root; p = parent.get(root)) root = p;
    for (let k = key; k !== root;) {
      const next = parent.get(k)!;
      parent.set(k, root);
      k = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const [aa, ab] = [anchors.get(ra), anchors.get(rb)];
    if (aa && ab) return;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    parent.set(child, root);
    const anchor = aa ?? ab;
    anchors.delete(child);
    if (anchor) anchors.set(root, anchor);
  };
  return {
    add: (key: string) => {
      if (!parent.has(key)) parent.set(key, key);
    },
    anchor: (key: string, anchor: Anchor) => {
      if (!parent.has(key)) {
        parent.set(key, key);
        anchors.set(key, anchor);
      }
    },
    anchorOf: (root: string) => anchors.get(root),
    find,
    unionAll: (pairs: ReadonlyArray<readonly [string, string]>) => {
      // Most pairs repeat (every "US" proposes the same join): each is sorted and applied once.
      const unique = new Set<string>();
      for (const [a, b] of pairs) if (a !== b) unique.add(a < b ? `${a}\0${b}` : `${b}\0${a}`);
      for (const pair of [...unique].sort()) {
        const [a, b] = pair.split("\0") as [string, string];
        if (!parent.has(a)) parent.set(a, a);
        if (!parent.has(b)) parent.set(b, b);
        union(a, b);
      }
    },
  };
}
