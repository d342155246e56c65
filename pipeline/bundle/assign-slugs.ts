import { formatInputError } from "../parse/parse-error";
import type { ParsedArticle } from "../parse/parsed-article";
import { slugOrHash } from "../text/slugify";

export interface SlugRequest {
  sourcePath: string;
  title: string;
  /** Front matter `slug:`, or null. */
  slug: string | null;
  /** The line of `slug:` in the file, for messages. */
  slugLine: number;
}

/** What `assignSlugs` needs of a parsed article. */
export function slugRequest(sourcePath: string, parsed: ParsedArticle): SlugRequest {
  return { sourcePath, title: parsed.title, slug: parsed.meta.slug, slugLine: parsed.slugLine ?? 1 };
}

export type SlugAssignment = { ok: true; slugs: Map<string, string> } | { ok: false; problems: string[] };

/**
 * Every article's URL slug, unique by construction and stable across runs (docs/decisions/022-stable-slugs.md):
 *
 * 1. explicit `slug:` values, each of which must be nobody else's: not another file's explicit slug, not the slug
 *    another article's title gives, not the slug another article had last time (an error naming both files);
 * 2. the slug an article had in `previous` (sourcePath to slug, from the last ingest), while it is still its
 *    title's slug or a `-N` form of it: adding or removing an article never moves another's URL;
 * 3. a title's own slug, to the first article (by sourcePath) that asks for it, so "Hello World 2" is
 *    `hello-world-2` rather than a suffix of "Hello World";
 * 4. the rest get the first free `-2`, `-3`… of their title's slug, checked against everything taken, so a title
 *    that already ends in `-2` cannot collide.
 */
export function assignSlugs(
  requests: readonly SlugRequest[],
  previous: ReadonlyMap<string, string>,
  show: (sourcePath: string) => string = (p) => p,
): SlugAssignment {
  const ordered = [...requests].sort((a, b) =>
    a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0,
  );
  const base = new Map(ordered.map((r) => [r.sourcePath, slugOrHash(r.title)]));
  const slugs = new Map<string, string>();
  const owner = new Map<string, string>(); // slug -> sourcePath
  const take = (sourcePath: string, slug: string) => {
    slugs.set(sourcePath, slug);
    owner.set(slug, sourcePath);
  };

  // 1. Explicit slugs, and who else could claim them.
  const problems: string[] = [];
  const claims = new Map<string, string>(); // slug -> sourcePath of an article without `slug:` that would take it
  for (const r of ordered) {
    if (r.slug !== null) continue;
    const had = previous.get(r.sourcePath);
    for (const slug of [base.get(r.sourcePath)!, ...(had !== undefined ? [had] : [])]) {
      if (!claims.has(slug)) claims.set(slug, r.sourcePath);
    }
  }
  for (const r of ordered) {
    if (r.slug === null) continue;
    const other = owner.get(r.slug) ?? claims.get(r.slug);
    if (other !== undefined) {
      problems.push(
        formatInputError(show(r.sourcePath), r.slugLine, `slug "${r.slug}" is also the slug of ${show(other)}`),
      );
    } else take(r.sourcePath, r.slug);
  }
  if (problems.length > 0) return { ok: false, problems };

  // 2. Last run's slugs, where they still fit the title.
  const open = ordered.filter((r) => r.slug === null);
  for (const r of open) {
    const had = previous.get(r.sourcePath);
    const own = base.get(r.sourcePath)!;
    if (had !== undefined && !owner.has(had) && (had === own || isSuffixed(had, own))) take(r.sourcePath, had);
  }
  // 3. A title's own slug.
  for (const r of open) {
    const own = base.get(r.sourcePath)!;
    if (!slugs.has(r.sourcePath) && !owner.has(own)) take(r.sourcePath, own);
  }
  // 4. The first free suffix.
  for (const r of open) {
    if (slugs.has(r.sourcePath)) continue;
    const own = base.get(r.sourcePath)!;
    let n = 2;
    while (owner.has(`${own}-${n}`)) n += 1;
    take(r.sourcePath, `${own}-${n}`);
  }
  return { ok: true, slugs };
}

function isSuffixed(slug: string, base: string): boolean {
  return slug.startsWith(`${base}-`) && /^[1-9]\d*$/.test(slug.slice(base.length + 1));
}
