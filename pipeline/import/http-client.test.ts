import { describe, expect, it } from "vitest";
import { createHostLimiter } from "./host-limiter";
import { createHttpClient, decodeText } from "./http-client";

type Handler = (url: URL, headers: Headers) => Response;

/** A client over a fake fetch; every request is logged. */
function clientFor(handler: Handler, maxBytes = 1000) {
  const requests: Array<{ url: string; headers: Headers }> = [];
  const http = createHttpClient({
    userAgent: "Lede/test",
    robotsAgent: "Lede",
    timeoutMs: 1000,
    maxBytes,
    limiter: createHostLimiter(0),
    fetch: async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input);
      const headers = new Headers(init?.headers);
      requests.push({ url: url.href, headers });
      return handler(url, headers);
    },
  });
  return { http, requests };
}

const robotsOk = (url: URL) => (url.pathname === "/robots.txt" ? new Response("", { status: 404 }) : null);

describe("createHttpClient", () => {
  it("sends the validators it is given, and reports a 304", async () => {
    const { http, requests } = clientFor(
      (url, headers) =>
        robotsOk(url) ??
        (headers.get("if-none-match") === '"v1"' ? new Response(null, { status: 304 }) : new Response("x")),
    );
    expect(
      await http.get("https://a.test/feed", { etag: '"v1"', lastModified: "Mon, 10 Mar 2025 09:00:00 GMT" }),
    ).toEqual({
      status: "not-modified",
      url: "https://a.test/feed",
    });
    expect(requests[1]?.headers.get("if-modified-since")).toBe("Mon, 10 Mar 2025 09:00:00 GMT");
    expect(requests[1]?.headers.get("user-agent")).toBe("Lede/test");
  });

  it("refuses a response whose declared length is over the limit without reading it", async () => {
    const { http } = clientFor(
      (url) => robotsOk(url) ?? new Response("small", { headers: { "content-length": "5000000" } }),
    );
    await expect(http.get("https://a.test/big")).rejects.toMatchObject({
      reason: "too large (4.8 MB; the limit is 1 KB)",
    });
  });

  it("fetches nothing from a site whose robots.txt fails with a 5xx (RFC 9309), and asks for robots.txt once", async () => {
    const { http, requests } = clientFor((url) =>
      url.pathname === "/robots.txt" ? new Response("", { status: 503 }) : new Response("page"),
    );
    await expect(http.get("https://a.test/1")).rejects.toMatchObject({
      reason: "robots.txt unavailable (HTTP 503), so nothing is fetched",
    });
    await expect(http.get("https://a.test/2")).rejects.toThrow(/robots\.txt unavailable/);
    expect(requests.map((r) => r.url)).toEqual(["https://a.test/robots.txt"]);
  });

  it("checks robots.txt on the host a redirect leads to", async () => {
    const { http } = clientFor((url) => {
      if (url.href === "https://b.test/robots.txt") return new Response("User-agent: *\nDisallow: /\n");
      if (url.pathname === "/robots.txt") return new Response("", { status: 404 });
      return new Response(null, { status: 302, headers: { location: "https://b.test/story" } });
    });
    await expect(http.get("https://a.test/go")).rejects.toMatchObject({
      url: "https://b.test/story",
      reason: "robots.txt disallows",
    });
  });

  it("fetches only http(s), and names what is not a URL", async () => {
    const { http, requests } = clientFor(() => new Response("x"));
    await expect(http.get("file:///etc/passwd")).rejects.toMatchObject({ reason: "not an http(s) URL" });
    await expect(http.get("not a url")).rejects.toMatchObject({ reason: "not a URL" });
    expect(requests).toEqual([]);
  });
});

describe("decodeText", () => {
  const latin1 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9]); // "Café" in ISO-8859-1
  it("decodes by the header's charset, else the page's meta charset, else UTF-8", () => {
    expect(decodeText(latin1, "text/html; charset=ISO-8859-1")).toBe("Café");
    const page = new TextEncoder().encode('<meta charset="windows-1252"><p>');
    expect(decodeText(Uint8Array.from([...page, 0xe9]), "text/html")).toBe('<meta charset="windows-1252"><p>é');
    expect(decodeText(new TextEncoder().encode("Café"), "")).toBe("Café");
  });
});
