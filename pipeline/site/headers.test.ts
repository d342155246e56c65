import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, headersFile, inlineScriptHashes } from "./headers";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("inlineScriptHashes", () => {
  it("hashes the inline scripts a browser runs, and Lede's deferred module script, but not data or external scripts", () => {
    const html = [
      "<script>window.a = 1;</script>",
      '<script type="module">import "/x.js";</script>',
      '<script type="text/x-lede-module" data-preload="[]">import("/entry.js");</script>',
      '<script type="text/x-lede-stream">"[1]"</script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script src="/assets/app.js"></script>',
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([
      sha("window.a = 1;"),
      sha('import "/x.js";'),
      sha('import("/entry.js");'),
    ]);
  });
});

describe("the policy", () => {
  const policy = contentSecurityPolicy([sha("b"), sha("a"), sha("b")]);

  it("allows the site's own scripts and the hashed inline ones, and nothing inline or eval'd", () => {
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "));
    expect(scriptSrc).toBe(`script-src 'self' ${[sha("a"), sha("b")].sort().join(" ")}`);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    for (const directive of [
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "default-src 'self'",
      "worker-src 'self'",
      "manifest-src 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
  });

  it("goes to every path in _headers, with nosniff and a referrer policy, and immutable caching for assets", () => {
    const file = headersFile(policy);
    expect(file).toContain(`/*\n  Content-Security-Policy: ${policy}\n`);
    expect(file).toContain("  X-Content-Type-Options: nosniff\n");
    expect(file).toMatch(/ {2}Referrer-Policy: \S+/);
    expect(file).toContain("/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n");
  });

  it("has the service worker and the manifest revalidated, never cached as immutable", () => {
    const file = headersFile(policy);
    expect(file).toContain("/sw.js\n  Cache-Control: no-cache\n");
    expect(file).toContain("/manifest.webmanifest\n  Cache-Control: no-cache\n");
  });
});
