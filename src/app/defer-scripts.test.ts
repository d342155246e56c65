import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFERRED_MODULE_TYPE, deferModuleScripts, loaderSource } from "./defer-scripts";

// The shape of a page as React Router's <Scripts> and React 19 write it (head links hoisted, scripts at the end).
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>Lede</title>',
  '<link rel="modulepreload" href="/assets/manifest-1.js"/><link rel="modulepreload" href="/assets/entry.client-2.js"/>',
  '<link rel="modulepreload" href="/assets/manifest-1.js"/><link rel="stylesheet" href="/assets/root-3.css"/></head>',
  '<body><main><p>Text</p></main><script>window.__reactRouterContext = {"basename":"/"};stream();</script>',
  '<script type="module" async="">import "/assets/manifest-1.js";\nimport("/assets/entry.client-2.js");</script>',
  "<script>window.__reactRouterContext.streamController.close();</script></body></html>",
].join("");

describe("deferModuleScripts", () => {
  it("drops the preload links, makes the module script inert and adds the loader to the context script", () => {
    const out = deferModuleScripts(page);
    expect(out).not.toMatch(/<link[^>]*modulepreload/);
    expect(out).not.toContain('type="module"');
    expect(out).toContain(
      `<script type="${DEFERRED_MODULE_TYPE}">import "/assets/manifest-1.js";\nimport("/assets/entry.client-2.js");</script>`,
    );
    expect(out).toContain(
      `<script>window.__reactRouterContext = {"basename":"/"};stream();${loaderSource(["/assets/manifest-1.js", "/assets/entry.client-2.js"])}</script>`,
    );
    expect(out).toContain('<link rel="stylesheet" href="/assets/root-3.css"/>');
    // Same elements, in the same order, for hydration (the preload links are hoisted, not hydrated).
    expect(out.match(/<script/g)).toHaveLength(page.match(/<script/g)?.length ?? 0);
  });

  it("leaves a page without React Router's module script alone", () => {
    const html = "<!DOCTYPE html><html><body><p>Hi</p></body></html>";
    expect(deferModuleScripts(html)).toBe(html);
  });

  it("refuses a page whose context script is missing", () => {
    expect(() => deferModuleScripts(page.replace("window.__reactRouterContext = ", "x = "))).toThrow(/context/);
  });

  it("keeps the loader's data from closing its script", () => {
    expect(loaderSource(["/a</script><b>.js"])).not.toContain("</script>");
  });
});

describe("the loader", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.head.innerHTML = "";
    document.body.innerHTML = "";
  });

  function inertModule() {
    const inert = document.createElement("script");
    inert.type = DEFERRED_MODULE_TYPE;
    inert.textContent = 'import("/assets/entry.client-2.js");';
    document.body.append(inert);
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
    inertModule();
    new Function(loaderSource(["/assets/manifest-1.js"]))();
    const live = () => document.head.querySelectorAll('script[type="module"]');

    report?.({ getEntriesByName: () => [] }); // first-paint only: not contentful yet
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(live()).toHaveLength(0);

    report?.({ getEntriesByName: () => [{}] });
    await vi.waitFor(() => expect(live()).toHaveLength(1));
    expect(live()[0]?.textContent).toBe('import("/assets/entry.client-2.js");');
    expect(document.head.querySelector('link[rel="modulepreload"]')?.getAttribute("href")).toBe(
      "/assets/manifest-1.js",
    );
  });

  it("falls back to a frame where paint timing is not supported", async () => {
    vi.stubGlobal("PerformanceObserver", undefined);
    inertModule();
    new Function(loaderSource([]))();
    await vi.waitFor(() => expect(document.head.querySelectorAll('script[type="module"]')).toHaveLength(1));
  });
});
