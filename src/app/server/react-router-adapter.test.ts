import { matchRoutes } from "react-router";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  dataRequestPath,
  documentRequestPath,
  isRedirect,
  matchPath,
  prerenderRoutes,
  redirectHtml,
  SUPPORTED_REACT_ROUTER,
  checkReactRouterVersion,
} from "./react-router-adapter";

describe("request paths", () => {
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

describe("checkReactRouterVersion", () => {
  async function installed(versions: Record<string, string>) {
    const root = await mkdtemp(path.join(tmpdir(), "lede-rr-"));
    for (const [name, version] of Object.entries(versions)) {
      const dir = path.join(root, "node_modules", ...name.split("/"));
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, "package.json"), JSON.stringify({ name, version }));
    }
    return root;
  }

  it("passes the supported version, and this project has it installed", async () => {
    const root = await installed({
      "react-router": SUPPORTED_REACT_ROUTER,
      "@react-router/dev": SUPPORTED_REACT_ROUTER,
      "@react-router/node": SUPPORTED_REACT_ROUTER,
    });
    await expect(checkReactRouterVersion(root)).resolves.toBeUndefined();
    await expect(checkReactRouterVersion(process.cwd())).resolves.toBeUndefined();
    await rm(root, { recursive: true });
  });

  it("stops a build on another version, naming each package that differs", async () => {
    const root = await installed({
      "react-router": "7.19.0",
      "@react-router/dev": SUPPORTED_REACT_ROUTER,
    });
    await expect(checkReactRouterVersion(root)).rejects.toThrow(
      /found react-router 7\.19\.0, @react-router\/node missing/,
    );
    await rm(root, { recursive: true });
  });
});
