import type { BundleEntity, EntityType } from "../../src/schema/entity";
import { slugOrHash } from "../text/slugify";
import { initials, isAcronym, nameKey, singularKey } from "./name-key";

export interface CollectionReport {
  articles: number;
  entities: number;
  /** The entities in the most articles, most first. */
  top: BundleEntity[];
  /** Names (as compared by nameKey) that more than one type carries, among entities in `minArticles`+ articles. */
  multiType: { name: string; types: Array<{ type: EntityType; articles: number }> }[];
  /** How many distinct names those entities have: the denominator of the multi-type rate. */
  names: number;
  minArticles: number;
  /** Groups of different ids that look like one real-world thing, and why. */
  duplicates: { reason: string; entities: BundleEntity[] }[];
}

export interface ReportOptions {
  top?: number;
  /** Only entities in at least this many articles count for multi-type names and duplicates. */
  minArticles?: number;
  /** A name's real-world identity when something knows it (the knowledge base): "US" and "America" -> one key. */
  knownAs?: (name: string) => string | undefined;
}

/** What a reader would call wrong in a collection's entities, as figures and lists. Pure. */
export function collectionReport(
  table: readonly BundleEntity[],
  articles: number,
  options: ReportOptions = {},
): CollectionReport {
  const minArticles = options.minArticles ?? 2;
  const counted = table.filter((e) => e.type !== "date" && e.articleCount >= minArticles);

  const byName = new Map<string, BundleEntity[]>();
  // Names compared as a reader would: "NEW YORK" in a dateline is "New York".
  for (const e of counted) {
    const key = slugOrHash(nameKey(e.name));
    byName.set(key, [...(byName.get(key) ?? []), e]);
  }
  const multiType = [...byName]
    .map(([, rows]) => {
      const types = new Map<EntityType, number>();
      for (const r of rows) types.set(r.type, (types.get(r.type) ?? 0) + r.articleCount);
      return {
        name: rows[0]!.name,
        types: [...types].map(([type, n]) => ({ type, articles: n })).sort((a, b) => b.articles - a.articles),
      };
    })
    .filter((n) => n.types.length > 1)
    .sort((a, b) => total(b) - total(a) || a.name.localeCompare(b.name));

  return {
    articles,
    entities: table.length,
    top: table.filter((e) => e.type !== "date").slice(0, options.top ?? 100),
    multiType,
    names: byName.size,
    minArticles,
    duplicates: duplicates(counted, options.knownAs),
  };
}

const total = (n: { types: Array<{ articles: number }> }) => n.types.reduce((s, t) => s + t.articles, 0);

/** Union of ids over three keys: the same normalised name (singular), a known alias, an acronym of a name. */
function duplicates(rows: readonly BundleEntity[], knownAs: ReportOptions["knownAs"]) {
  const parent = rows.map((_, i) => i);
  const reasons = rows.map(() => new Set<string>());
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (keyed: Map<string, number[]>, reason: string) => {
    for (const members of keyed.values()) {
      for (const i of members.slice(1)) {
        if (rows[i]!.id === rows[members[0]!]!.id) continue;
        parent[find(i)] = find(members[0]!);
        reasons[i]!.add(reason);
        reasons[members[0]!]!.add(reason);
      }
    }
  };
  const keyedBy = (key: (e: BundleEntity) => string | undefined) => {
    const map = new Map<string, number[]>();
    rows.forEach((e, i) => {
      const k = key(e);
      if (k !== undefined) map.set(k, [...(map.get(k) ?? []), i]);
    });
    return map;
  };
  join(
    keyedBy((e) => slugOrHash(e.type === "person" ? nameKey(e.name) : singularKey(e.name))),
    "same name",
  );
  if (knownAs)
    join(
      keyedBy((e) => knownAs(e.name)),
      "alias",
    );
  // People are not abbreviated in the news ("AP" is not Augusto Pinochet).
  const acronyms = keyedBy((e) =>
    isAcronym(e.name) ? nameKey(e.name) : e.type === "person" ? undefined : initials(e.name),
  );
  // Only an acronym next to names it abbreviates; two spelled-out names with the same initials are not a finding.
  // Only an acronym next to the one name it abbreviates: two spelled-out names with the same initials, or an
  // acronym that could stand for several names here, are not a finding.
  for (const [k, members] of acronyms) {
    const spelled = new Set(members.filter((i) => !isAcronym(rows[i]!.name)).map((i) => rows[i]!.id));
    if (!members.some((i) => nameKey(rows[i]!.name) === k) || spelled.size !== 1) acronyms.delete(k);
  }
  join(acronyms, "acronym");

  const groups = new Map<number, number[]>();
  rows.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  return [...groups.values()]
    .filter((members) => new Set(members.map((i) => rows[i]!.id)).size > 1)
    .map((members) => ({
      reason: [...new Set(members.flatMap((i) => [...reasons[i]!]))].sort().join(", "),
      entities: members.map((i) => rows[i]!).sort((a, b) => b.articleCount - a.articleCount),
    }))
    .sort((a, b) => b.entities[0]!.articleCount - a.entities[0]!.articleCount);
}

/** The report as plain text, for a terminal or a docs page. */
export function formatReport(report: CollectionReport): string {
  const lines: string[] = [];
  const row = (e: BundleEntity) => `${e.name} (${e.type}, ${e.articleCount} articles, ${e.mentionCount} mentions)`;
  lines.push(`${report.articles} articles, ${report.entities} entities`);
  lines.push("", `## The ${report.top.length} entities in the most articles`, "");
  lines.push("| # | name | type | articles | mentions | id |", "| ---: | --- | --- | ---: | ---: | --- |");
  report.top.forEach((e, i) =>
    lines.push(`| ${i + 1} | ${e.name} | ${e.type} | ${e.articleCount} | ${e.mentionCount} | ${e.id} |`),
  );
  const rate = report.names ? (100 * report.multiType.length) / report.names : 0;
  lines.push(
    "",
    `## Names with more than one type: ${report.multiType.length} of ${report.names} names in ${report.minArticles}+ articles (${rate.toFixed(1)}%)`,
    "",
  );
  for (const n of report.multiType.slice(0, 50))
    lines.push(`- ${n.name}: ${n.types.map((t) => `${t.type} ${t.articles}`).join(", ")}`);
  if (report.multiType.length > 50) lines.push(`- … and ${report.multiType.length - 50} more`);
  lines.push("", `## Likely duplicates: ${report.duplicates.length} groups`, "");
  for (const d of report.duplicates.slice(0, 50)) lines.push(`- ${d.entities.map(row).join(" / ")}: ${d.reason}`);
  if (report.duplicates.length > 50) lines.push(`- … and ${report.duplicates.length - 50} more`);
  return lines.join("\n");
}
