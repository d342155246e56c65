import type { KnowledgeBase } from "./knowledge-base";
import { escapeRegExp, wordBounded } from "./word-boundary";

/**
 * The editor's entries and suppressions that matched nothing in the collection: a typo in a name, or an entry
 * left from another collection. One line each, for ingest to report (they are not errors: nothing is wrong with
 * the articles).
 */
export function unusedOverrides(
  kb: KnowledgeBase,
  entityIds: ReadonlySet<string>,
  /** The articles' headlines and blocks, read only as far as needed: each suppression stops at its first match. */
  texts: () => Iterable<string>,
): string[] {
  const lines: string[] = [];
  for (const entry of kb.entities) {
    if (!entityIds.has(entry.id)) lines.push(`entity ${entry.id} ("${entry.name}") matched no article`);
  }
  for (const form of kb.suppress) {
    const re = new RegExp(wordBounded(escapeRegExp(form)), "u");
    let found = false;
    for (const text of texts()) if ((found = re.test(text))) break;
    if (!found) lines.push(`suppress "${form}" matched no article`);
  }
  return lines;
}
