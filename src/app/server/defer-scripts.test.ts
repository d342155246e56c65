import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFERRED_MODULE_TYPE, STREAM_DATA_TYPE, closeSource, deferModuleScripts, loaderSource } from "./defer-scripts";
import { isDeferred } from "./react-router-adapter";

// The shape of a page as React Router's <Scripts> and React 19 write it (head links hoisted, scripts at the end).
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>Lede</title>',
  '<link rel="modulepreload" href="/assets/manifest-1.js"/><link rel="modulepreload" href="/assets/entry.client-2.js"/>',
  '<link rel="modulepreload" href="/assets/manifest-1.js"/><link rel="stylesheet" href="/assets/root-3.css"/></head>',
  '<body><main><p>Text</p></main><script>window.__reactRouterContext = {"basename":"/"};stream();</script>',
  '<script type="module" async="">import "/assets/manifest-1.js";\nimport("/assets/entry.client-2.js");</script>',
  '<!--$--><script>window.__reactRouterContext.streamController.enqueue("[{\\"_1\\":2},\\"a \\u003c/script>\\"]\\n");</script>',
  '<!--$--><script>window.__reactRouterContext.streamController.enqueue("[3]");</script>',
  "<script>window.__reactRouterContext.streamController.close();</script><!--/$--><!--/$--></body></html>",
].join("");

describe("deferModuleScripts", () => {
  it("drops the preload links, makes the module script inert and adds the loader to the context script", () => {
    const out = deferModuleScripts(page);
    expect(out).not.toMatch(/<link[^>]*modulepreload/);
    expect(out).not.toContain('type="module"');
    expect(out).toContain(
      `<script type="${DEFERRED_MODULE_TYPE}" data-preload="[&quot;/assets/manifest-1.js&quot;,&quot;/assets/entry.client-2.js&quot;]">import "/assets/manifest-1.js";\nimport("/assets/entry.client-2.js");</script>`,
    );
    expect(out).toContain(`<script>window.__reactRouterContext = {"basename":"/"};stream();${loaderSource()}</script>`);
    expect(out).toContain('<link rel="stylesheet" href="/assets/root-3.css"/>');
    // Same elements, in the same order, for hydration (the preload links are hoisted, not hydrated).
    expect(out.match(/<script/g)).toHaveLength(page.match(/<script/g)?.length ?? 0);
  });

  it("turns the per-page data scripts into data blocks that the closing script enqueues", () => {
    const out = deferModuleScripts(page);
    expect(out).not.toContain("streamController.enqueue(");
    expect(out).toContain(`<script type="${STREAM_DATA_TYPE}">"[3]"</script>`);
    expect(out).toContain(`<script>${closeSource()}</script><!--/$-->`);
    // Every script a browser runs is now the same text whatever the page's data.
    const other = deferModuleScripts(page.replace('"[3]"', '"[4, 5]"').replace("Text", "Other text"));
    const running = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(running(other)).toEqual(running(out));
  });

  it("refuses stream scripts it does not recognise, rather than leave data unread", () => {
    const odd = page.replace("<script>window.__reactRouterContext.streamController.close();</script>", "");
    expect(() => deferModuleScripts(odd)).toThrow(/stream scripts/);
  });

  it("refuses a page without React Router's module script, rather than write it undeferred", () => {
    const html = "<!DOCTYPE html><html><body><p>Hi</p></body></html>";
    expect(() => deferModuleScripts(html)).toThrow(/module script/);
    // A changed attribute order is a different shape too.
    expect(() => deferModuleScripts(page.replace('type="module" async=""', 'async="" type="module"'))).toThrow();
  });

  it("tells a deferred page from one that was not", () => {
    expect(isDeferred(deferModuleScripts(page))).toBe(true);
    expect(isDeferred(page)).toBe(false);
    expect(
      isDeferred(deferModuleScripts(page).replace("</head>", '<link rel="modulepreload" href="/x.js"/></head>')),
    ).toBe(false);
  });

  it("refuses a page whose context script is missing", () => {
    expect(() => deferModuleScripts(page.replace("window.__reactRouterContext = ", "x = "))).toThrow(/context/);
  });

  it("keeps the loader's data from closing its script", () => {
    const out = deferModuleScripts(page.replace('/assets/entry.client-2.js"/>', '/a</script><b>.js"/>'));
    expect(out.match(/<\/script>/g)).toHaveLength(page.match(/<\/script>/g)?.length ?? 0);
  });
});

describe("the loader", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.head.innerHTML = "";
    document.body.innerHTML = "";
  });

  const MODULE_TEXT =
    'import "/assets/manifest-1.js";\nimport * as route0 from "/assets/root-3.js";\nimport("/assets/entry.client-2.js");';

  function inertModule(preload: string[] = []) {
    const inert = document.createElement("script");
    inert.type = DEFERRED_MODULE_TYPE;
    inert.setAttribute("data-preload", JSON.stringify(preload));
    inert.textContent = MODULE_TEXT;
    document.body.append(inert);
  }

  // The loader runs from React Router's context script, before the inert module script is parsed: it must read the
  // preload list once the page is parsed (here the document is complete, and the paint comes after).
  function runLoaderBeforeInertModule(preload: string[]) {
    new Function(loaderSource())();
    inertModule(preload);
  }

  it("adds the preloads and the live module script only after the first contentful paint", async () => {
    let report: ((list: { getEntriesByName(name: string): unknown[] }) => void) | undefined;
    class FakeObserver {
      static supportedEntryTypes = ["paint"];
      constructor(callback: typeof report) {
        report = callback;
      }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal("PerformanceObserver", FakeObserver);
    runLoaderBeforeInertModule(["/assets/manifest-1.js"]);
    const live = () => document.head.querySelectorAll('script[type="module"]:not([src])');
    const chunk = () => document.head.querySelector<HTMLScriptElement>('script[type="module"][src]');

    // Every timer the loader could have set is run: a first paint that is not contentful must not load anything.
    vi.useFakeTimers();
    report?.({ getEntriesByName: () => [] });
    vi.runAllTimers();
    expect(live()).toHaveLength(0);

    expect(chunk()).toBeNull();

    report?.({ getEntriesByName: () => [{}] });
    vi.runAllTimers();
    expect(document.head.querySelector('link[rel="modulepreload"]')?.getAttribute("href")).toBe(
      "/assets/manifest-1.js",
    );
    vi.useRealTimers();
    // The chunk is evaluated first, on its own; the module script follows once it has run.
    expect(chunk()?.getAttribute("src")).toBe("/assets/manifest-1.js");
    expect(live()).toHaveLength(1);
    expect(live()[0]?.textContent).toBe(MODULE_TEXT);
    expect(chunk()?.compareDocumentPosition(live()[0] as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it("evaluates the preloaded chunks one per task, the route modules last, and leaves the entry to the module script", () => {
    vi.stubGlobal("PerformanceObserver", undefined);
    vi.useFakeTimers({ toFake: ["setTimeout", "requestAnimationFrame"] });
    const preload = [
      "/assets/manifest-1.js",
      "/assets/entry.client-2.js",
      "/assets/root-3.js",
      "/assets/react-4.js",
      "/assets/zod-5.js",
    ];
    runLoaderBeforeInertModule(preload);
    const scripts = () =>
      [...document.head.querySelectorAll<HTMLScriptElement>('script[type="module"]')].map(
        (script) => script.getAttribute("src") ?? "module script",
      );
    // The browser reports each chunk loaded (happy-dom: failed to load) in a later task; the next one is added only
    // then, so no task adds more than one.
    let added = 0;
    while (vi.getTimerCount() > 0) {
      vi.advanceTimersToNextTimer();
      const now = scripts().length;
      expect(now - added).toBeLessThanOrEqual(1);
      added = now;
    }
    vi.useRealTimers();
    expect(scripts()).toEqual([
      "/assets/manifest-1.js",
      "/assets/react-4.js",
      "/assets/zod-5.js",
      "/assets/root-3.js",
      "module script",
    ]);
    expect([...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute("href"))).toEqual(
      preload,
    );
  });

  it("falls back to a frame where paint timing is not supported", async () => {
    vi.stubGlobal("PerformanceObserver", undefined);
    inertModule();
    new Function(loaderSource())();
    await vi.waitFor(() => expect(document.head.querySelectorAll('script[type="module"]')).toHaveLength(1));
  });
});

describe("the closing script", () => {
  it("enqueues every data block in order, then closes the stream", () => {
    const chunks: string[] = [];
    let closed = false;
    vi.stubGlobal("__reactRouterContext", {
      streamController: { enqueue: (chunk: string) => chunks.push(chunk), close: () => (closed = true) },
    });
    document.body.innerHTML = `<script type="${STREAM_DATA_TYPE}">"[1,\\"a\\u003cb\\"]"</script><script type="${STREAM_DATA_TYPE}">"[2]"</script>`;
    new Function(closeSource())();
    expect(chunks).toEqual(['[1,"a<b"]', "[2]"]);
    expect(closed).toBe(true);
    vi.unstubAllGlobals();
    document.body.innerHTML = "";
  });
});
