import { describe, expect, it } from "vitest";
import { injectPrecache, precacheEntries } from "./service-worker";

describe("precacheEntries", () => {
  const entries = precacheEntries({
    assets: [
      "assets/root-abc.js",
      "assets/root-abc.css",
      "assets/root-abc.js.br",
      "assets/x.js.map",
      "assets/root-abc.js",
    ],
    shellFiles: ["manifest.webmanifest", "__spa-fallback.html"],
    appHash: "app1",
  });

  it("lists hashed assets without a revision (their names change with them) and no compressed twins or maps", () => {
    expect(entries.filter((e) => e.url.startsWith("/assets/"))).toEqual([
      { url: "/assets/root-abc.css", revision: null },
      { url: "/assets/root-abc.js", revision: null },
    ]);
  });

  it("revises the shell files by the app's hash, so the worker is the same until the app changes", () => {
    expect(entries.filter((e) => !e.url.startsWith("/assets/"))).toEqual([
      { url: "/__spa-fallback.html", revision: "app1" },
      { url: "/manifest.webmanifest", revision: "app1" },
    ]);
    const again = precacheEntries({
      assets: ["assets/root-abc.js"],
      shellFiles: ["__spa-fallback.html"],
      appHash: "app1",
    });
    expect(again[0]).toEqual(entries[0]);
  });

  it("never lists a page or data file", () => {
    expect(entries.some((e) => /^\/(articles|data|entities|topics)\//.test(e.url))).toBe(false);
  });
});

describe("injectPrecache", () => {
  const list = [{ url: "/a", revision: null }];

  it("puts the list where the placeholder was", () => {
    expect(injectPrecache('x(self.__WB_MANIFEST);y("$&")', list)).toBe('x([{"url":"/a","revision":null}]);y("$&")');
  });

  it("refuses a bundle with no placeholder, or two", () => {
    expect(() => injectPrecache("x()", list)).toThrow(/0 "self.__WB_MANIFEST"/);
    expect(() => injectPrecache("self.__WB_MANIFEST;self.__WB_MANIFEST", list)).toThrow(/2 /);
  });
});
