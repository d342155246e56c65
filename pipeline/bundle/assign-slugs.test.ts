import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { slugSchema } from "../../src/schema/article";
import { slugOrHash } from "../text/slugify";
import { assignSlugs, type SlugRequest } from "./assign-slugs";

const byTitle = (sourcePath: string, title: string): SlugRequest => ({ sourcePath, title, slug: null, slugLine: 1 });

function slugsOf(requests: SlugRequest[], previous = new Map<string, string>()): Map<string, string> {
  const result = assignSlugs(requests, previous);
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.slugs;
}

describe("assignSlugs", () => {
  it("gives the issue's three files three slugs", () => {
    const slugs = slugsOf([
      byTitle("a.md", "Hello World"),
      byTitle("b.md", "Hello World"),
      byTitle("c.md", "Hello World 2"),
    ]);
    expect(new Set(slugs.values()).size).toBe(3);
    expect(slugs.get("a.md")).toBe("hello-world");
    expect(slugs.get("c.md")).toBe("hello-world-2"); // a title's own slug before another's suffix
    expect(slugs.get("b.md")).toBe("hello-world-3");
  });

  it("keeps every article's slug when another is added or removed", () => {
    const first = slugsOf([byTitle("b.md", "Hello World"), byTitle("c.md", "Hello World")]);
    expect([...first.values()]).toEqual(["hello-world", "hello-world-2"]);
    const added = slugsOf(
      [byTitle("a.md", "Hello World"), ...[byTitle("b.md", "Hello World"), byTitle("c.md", "Hello World")]],
      first,
    );
    expect(added.get("b.md")).toBe("hello-world");
    expect(added.get("c.md")).toBe("hello-world-2");
    expect(added.get("a.md")).toBe("hello-world-3");
    const removed = slugsOf([byTitle("c.md", "Hello World")], added);
    expect(removed.get("c.md")).toBe("hello-world-2");
  });

  it("follows a changed title rather than keeping a slug made from the old one", () => {
    const slugs = slugsOf([byTitle("a.md", "Budget passes")], new Map([["a.md", "budget-fails"]]));
    expect(slugs.get("a.md")).toBe("budget-passes");
  });

  it("reports two files with the same explicit slug, naming both at the slug line", () => {
    const result = assignSlugs(
      [
        { sourcePath: "a.md", title: "A", slug: "same", slugLine: 3 },
        { sourcePath: "b.md", title: "B", slug: "same", slugLine: 4 },
      ],
      new Map(),
      (p) => `content/${p}`,
    );
    expect(result).toEqual({ ok: false, problems: ['content/b.md:4: slug "same" is also the slug of content/a.md'] });
  });

  it("reports an explicit slug equal to another article's title slug or current slug", () => {
    const result = assignSlugs(
      [
        byTitle("a.md", "Hello World"),
        byTitle("b.md", "Other"),
        { sourcePath: "c.md", title: "C", slug: "hello-world", slugLine: 2 },
        { sourcePath: "d.md", title: "D", slug: "other-2", slugLine: 5 },
      ],
      new Map([["b.md", "other-2"]]),
      (p) => `content/${p}`,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        'content/c.md:2: slug "hello-world" is also the slug of content/a.md',
        'content/d.md:5: slug "other-2" is also the slug of content/b.md',
      ],
    });
  });

  it("is unique by construction and stable across additions and removals (property)", () => {
    const title = fc.constantFrom(
      "Hello World",
      "Hello World 2",
      "hello-world-2",
      "Hello World 2 2",
      "Hello",
      "Привет",
      "2",
      "-2",
      "A-2-2",
    );
    const article = fc.record({
      title,
      explicit: fc.option(fc.constantFrom("hello-world", "x", "hello-world-3", "y-2"), { freq: 4 }),
    });
    const collection = fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 3 }), article), {
      selector: ([p]) => p,
      maxLength: 12,
    });
    fc.assert(
      fc.property(collection, collection, (before, after) => {
        const toRequests = (items: typeof before) => {
          const claimed = new Set<string>();
          return items.map(([p, a]): SlugRequest => {
            // Explicit slugs that would collide are errors, tested above; here they are dropped.
            const own = a.explicit && !claimed.has(a.explicit) ? a.explicit : null;
            if (own) claimed.add(own);
            return { sourcePath: `${p}.md`, title: a.title, slug: own, slugLine: 2 };
          });
        };
        const first = assignSlugs(toRequests(before), new Map());
        if (!first.ok) return; // an explicit slug equal to a title's slug: reported, nothing assigned
        const values = [...first.slugs.values()];
        expect(new Set(values).size).toBe(values.length);
        for (const slug of values) expect(slugSchema.safeParse(slug).success).toBe(true);

        // The next run: some articles kept (their title unchanged), some removed, some added.
        const kept = before.filter((_, i) => i % 2 === 0);
        const keptPaths = new Set(kept.map(([p]) => p));
        const next = [...kept, ...after.filter(([p]) => !keptPaths.has(p))];
        const second = assignSlugs(toRequests(next), first.slugs);
        if (!second.ok) return;
        const again = [...second.slugs.values()];
        expect(new Set(again).size).toBe(again.length);
        for (const [p, a] of kept) {
          if (a.explicit === null) expect(second.slugs.get(`${p}.md`)).toBe(first.slugs.get(`${p}.md`));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("derives a title's slug as before when nothing collides", () => {
    expect(slugsOf([byTitle("a.md", "Привет")]).get("a.md")).toBe(slugOrHash("Привет"));
  });
});
