import { act, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  cacheArticleForOffline,
  cacheArticlesForOffline,
  isArticleAvailableOffline,
  OFFLINE_READY_EVENT,
} from "./available-offline";
import { AvailableOfflineBadge } from "./components/available-offline-badge";
import { articleDataUrl, OFFLINE_CACHES } from "./offline-caches";

/** Cache Storage, in memory: cache name -> URL -> body. */
function fakeCaches(fetched: string[]) {
  const stores = new Map<string, Map<string, string>>();
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, string>();
    stores.set(name, store);
    return {
      add: async (url: string) => {
        fetched.push(url);
        store.set(url, "{}");
      },
      put: async (url: string, response: Response) => void store.set(url, await response.text()),
      match: async (url: string) => (store.has(url) ? new Response(store.get(url)) : undefined),
    };
  };
  return {
    stores,
    open,
    match: async (url: string, options?: { cacheName?: string }) => (await open(options?.cacheName ?? "")).match(url),
  };
}

let fetched: string[];
let registration: object | undefined;
let caches: ReturnType<typeof fakeCaches>;

beforeEach(() => {
  fetched = [];
  caches = fakeCaches(fetched);
  vi.stubGlobal("caches", caches);
  // A worker is registered; nothing else of it matters here.
  registration = {};
  Object.defineProperty(navigator, "serviceWorker", {
    value: { getRegistration: async () => registration },
    configurable: true,
  });
});
afterEach(() => vi.unstubAllGlobals());

describe("cacheArticleForOffline", () => {
  it("keeps the article's data in the cache nothing expires, fetching it once", async () => {
    expect(await isArticleAvailableOffline("a-story")).toBe(false);
    expect(await cacheArticleForOffline("a-story")).toBe(true);
    expect(await cacheArticleForOffline("a-story")).toBe(true);
    expect(fetched).toEqual([articleDataUrl("a-story")]);
    expect(caches.stores.get(OFFLINE_CACHES.kept)?.has(articleDataUrl("a-story"))).toBe(true);
    expect(await isArticleAvailableOffline("a-story")).toBe(true);
  });

  it("copies the worker's recent copy without a request, refreshing a kept one", async () => {
    const url = articleDataUrl("a-story");
    await (await caches.open(OFFLINE_CACHES.kept)).put(url, new Response("old"));
    await (await caches.open(OFFLINE_CACHES.articles)).put(url, new Response("new"));
    expect(await cacheArticleForOffline("a-story")).toBe(true);
    expect(fetched).toEqual([]);
    expect(caches.stores.get(OFFLINE_CACHES.kept)?.get(url)).toBe("new");
  });

  it("keeps many, each once, and counts them", async () => {
    expect(await cacheArticlesForOffline(["a", "b", "a"])).toBe(2);
    expect(fetched).toEqual([articleDataUrl("a"), articleDataUrl("b")]);
  });

  it("resolves false, never rejects, when storage fails", async () => {
    vi.stubGlobal("caches", {
      match: () => Promise.reject(new Error("disabled")),
      open: () => Promise.reject(new Error("disabled")),
    });
    expect(await cacheArticleForOffline("a-story")).toBe(false);
  });
});

describe("AvailableOfflineBadge", () => {
  it("claims nothing while no service worker is registered to answer offline", async () => {
    registration = undefined;
    await cacheArticleForOffline("a-story");
    expect(await isArticleAvailableOffline("a-story")).toBe(false);
    render(<AvailableOfflineBadge slug="a-story" />);
    registration = {};
    await act(async () => void window.dispatchEvent(new Event(OFFLINE_READY_EVENT)));
    expect(await screen.findByText("Available offline")).toBeInTheDocument();
  });

  it("shows on kept articles only, and appears once one is kept, from wherever it was kept", async () => {
    await cacheArticleForOffline("kept-before");
    render(
      <>
        <AvailableOfflineBadge slug="kept-before" />
        <AvailableOfflineBadge slug="a-story" />
      </>,
    );
    expect(await screen.findAllByText("Available offline")).toHaveLength(1);
    await act(async () => void (await cacheArticleForOffline("a-story")));
    await waitFor(() => expect(screen.getAllByText("Available offline")).toHaveLength(2));
  });
});
