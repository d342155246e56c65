import { matchRoutes } from "react-router";
import { describe, expect, it } from "vitest";
import {
  dataRequestPath,
  documentRequestPath,
  isRedirect,
  matchPath,
  outputFile,
  prerenderRoutes,
  redirectHtml,
} from "./prerender-requests";
import { prerenderedFiles } from "./build-manifest";

describe("request paths", () => {
  it("names the files React Router writes for a page (prerenderedFiles)", () => {
    for (const page of ["/", "/articles/a-b", "/entities/person:ada", "/topics/health"]) {
      const files = [outputFile(documentRequestPath(page), true), outputFile(dataRequestPath(page), false)];
      expect(files).toEqual(prerenderedFiles(page));
    }
  });

  it("asks for `/_.data` for the root and `<path>.data` otherwise", () => {
    expect(dataRequestPath("/")).toBe("/_.data");
    expect(dataRequestPath("/entities")).toBe("/entities.data");
    expect(documentRequestPath("/entities")).toBe("/entities/");
    expect(matchPath("/")).toBe("/");
    expect(matchPath("/articles/x")).toBe("/articles/x/");
  });
});

describe("prerenderRoutes", () => {
  it("nests the flat route table so matchRoutes finds the root and the leaf", () => {
    const routes = prerenderRoutes({
      root: { id: "root", path: "" },
      "routes/home": { id: "routes/home", parentId: "root", index: true },
      "routes/article": { id: "routes/article", parentId: "root", path: "articles/:slug" },
    });
    const ids = (path: string) => matchRoutes(routes, matchPath(path))?.map((m) => m.route.id);
    expect(ids("/")).toEqual(["root", "routes/home"]);
    expect(ids("/articles/x")).toEqual(["root", "routes/article"]);
    expect(ids("/nowhere")).toBeUndefined();
  });
});

describe("redirects", () => {
  it("writes a refresh page, escaping the location", () => {
    expect(isRedirect(302)).toBe(true);
    expect(isRedirect(200)).toBe(false);
    const html = redirectHtml(302, "/a?b=<c>", "/from/");
    expect(html).toContain('content="2;url=/a?b=\\u003cc\\u003e"');
    expect(html).toContain("Redirecting from <code>/from/</code>");
  });
});
