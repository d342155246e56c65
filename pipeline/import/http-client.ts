import robotsParser from "robots-parser";
import type { HostLimiter } from "./host-limiter";

/**
 * A URL that could not be imported, and why, in words a reader can act on. `transient` failures (a timeout, a
 * server error, no connection) are worth trying again on the next refresh; the others (404, robots.txt, not an
 * article, too large) are not, until the feed changes the item.
 */
export class ImportFailure extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly transient = false,
  ) {
    super(`${url}: ${reason}`);
    this.name = "ImportFailure";
  }
}

export interface Validators {
  etag?: string | null | undefined;
  lastModified?: string | null | undefined;
}

export type HttpResult =
  | {
      status: "ok";
      /** After redirects. */
      url: string;
      contentType: string;
      bytes: Uint8Array;
      text: string;
      etag: string | null;
      lastModified: string | null;
    }
  | { status: "not-modified"; url: string };

export interface HttpOptions {
  userAgent: string;
  /** The token robots.txt groups are matched against. */
  robotsAgent: string;
  /** For the whole response: headers and body. */
  timeoutMs: number;
  /** Of the body as received, after any content decoding. */
  maxBytes: number;
  limiter: HostLimiter;
  maxRedirects?: number;
  fetch?: typeof globalThis.fetch;
}

interface RawResponse {
  status: number;
  statusText: string;
  headers: Headers;
  body: Uint8Array;
}

const ACCEPT =
  "application/rss+xml, application/atom+xml, application/feed+json, text/x-opml, " +
  "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.9, text/html;q=0.8, */*;q=0.5";

export function isWebUrl(url: URL): boolean {
  return url.protocol === "http:" || url.protocol === "https:";
}

const megabytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Number((bytes / (1024 * 1024)).toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;

/**
 * GET with the manners a crawler owes a site: an honest User-Agent, robots.txt checked before every request
 * (redirect targets included), one request per host per interval, and a time and size limit on every response.
 * Redirects are followed here, not by fetch, so that each hop is checked the same way and only http(s) is ever
 * followed.
 */
export function createHttpClient(options: HttpOptions) {
  const { userAgent, robotsAgent, timeoutMs, maxBytes, limiter, maxRedirects = 5 } = options;
  const doFetch = options.fetch ?? globalThis.fetch;
  const robotsByOrigin = new Map<string, Promise<(url: string) => string | null>>();

  /** One request, no redirects followed. */
  async function request(url: URL, headers: Record<string, string>): Promise<RawResponse> {
    await limiter.wait(url.host);
    const signal = AbortSignal.timeout(timeoutMs);
    const fail = (error: unknown): never => {
      if (error instanceof ImportFailure) throw error;
      const name = error instanceof Error ? error.name : "";
      if (name === "TimeoutError" || name === "AbortError") {
        throw new ImportFailure(url.href, `timeout (no complete response in ${timeoutMs / 1000} s)`, true);
      }
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      const code = cause && typeof cause === "object" && "code" in cause ? String(cause.code) : undefined;
      const reason = code ?? (cause instanceof Error ? cause.message : String(cause));
      throw new ImportFailure(url.href, `cannot connect (${reason})`, true);
    };
    try {
      const response = await doFetch(url, {
        headers: { "user-agent": userAgent, accept: ACCEPT, ...headers },
        redirect: "manual",
        signal,
      });
      const declared = Number(response.headers.get("content-length"));
      if (declared > maxBytes) {
        await response.body?.cancel();
        throw new ImportFailure(url.href, `too large (${megabytes(declared)}; the limit is ${megabytes(maxBytes)})`);
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (response.body) {
        const reader = response.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.byteLength;
          if (size > maxBytes) {
            await reader.cancel();
            throw new ImportFailure(url.href, `too large (over ${megabytes(maxBytes)}, the limit)`);
          }
          chunks.push(value);
        }
      }
      return {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        body: Buffer.concat(chunks),
      };
    } catch (error) {
      return fail(error);
    }
  }

  /** Follows up to `maxRedirects` redirects, checking robots.txt (unless fetching it) at every hop. */
  async function follow(start: URL, headers: Record<string, string>, checkRobots: boolean) {
    let url = start;
    for (let hop = 0; ; hop++) {
      if (!isWebUrl(url)) throw new ImportFailure(url.href, "not an http(s) URL");
      if (checkRobots) {
        const refusal = (await robotsFor(url))(url.href);
        if (refusal) throw new ImportFailure(url.href, refusal, refusal.startsWith("robots.txt unavailable"));
      }
      const response = await request(url, headers);
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
        if (hop >= maxRedirects) throw new ImportFailure(start.href, `more than ${maxRedirects} redirects`);
        url = new URL(location, url);
        continue;
      }
      return { url, response };
    }
  }

  /** robots.txt per origin, fetched once: a refusal message for a URL, or null when it may be fetched. */
  function robotsFor(url: URL): Promise<(href: string) => string | null> {
    const origin = url.origin;
    let found = robotsByOrigin.get(origin);
    if (!found) {
      found = (async () => {
        const robotsUrl = new URL("/robots.txt", origin);
        try {
          const { url: finalUrl, response } = await follow(robotsUrl, {}, false);
          // RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx) allows nothing.
          if (response.status >= 400 && response.status < 500) return () => null;
          if (response.status >= 500)
            return () => `robots.txt unavailable (HTTP ${response.status}), so nothing is fetched`;
          const robots = robotsParser(finalUrl.href, new TextDecoder().decode(response.body));
          return (href: string) => (robots.isDisallowed(href, robotsAgent) ? "robots.txt disallows" : null);
        } catch (error) {
          const reason = error instanceof ImportFailure ? error.reason : String(error);
          return () => `robots.txt unavailable (${reason}), so nothing is fetched`;
        }
      })();
      robotsByOrigin.set(origin, found);
    }
    return found;
  }

  return {
    async get(href: string, validators: Validators = {}): Promise<HttpResult> {
      let start: URL;
      try {
        start = new URL(href);
      } catch {
        throw new ImportFailure(href, "not a URL");
      }
      const headers: Record<string, string> = {};
      if (validators.etag) headers["if-none-match"] = validators.etag;
      if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
      const { url, response } = await follow(start, headers, true);
      if (response.status === 304) return { status: "not-modified", url: url.href };
      if (response.status < 200 || response.status >= 300) {
        const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
        const transient = response.status >= 500 || response.status === 429 || response.status === 408;
        throw new ImportFailure(url.href, status, transient);
      }
      const contentType = response.headers.get("content-type") ?? "";
      return {
        status: "ok",
        url: url.href,
        contentType,
        bytes: response.body,
        text: decodeText(response.body, contentType),
        etag: response.headers.get("etag"),
        lastModified: response.headers.get("last-modified"),
      };
    },
  };
}
export type HttpClient = ReturnType<typeof createHttpClient>;

/**
 * Bytes to text by the charset the server names, else the one an HTML `<meta charset>` or an XML declaration
 * names in the first kilobytes, else UTF-8 (which also honours a byte order mark).
 */
export function decodeText(bytes: Uint8Array, contentType: string): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const label =
    /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /^\s*<\?xml[^>]+encoding=["']([\w.:-]+)/i.exec(head)?.[1] ??
    "utf-8";
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
