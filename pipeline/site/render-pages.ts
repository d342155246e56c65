import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "react-router";
import {
  dataRequestPath,
  documentRequestPath,
  isRedirect,
  matchPath,
  outputFile,
  prerenderRoutes,
  redirectHtml,
  type BuildRoute,
} from "./prerender-requests";
import { eachLimit, writeAtomically } from "../lib/tree";

export interface RenderJob {
  /** The kept server bundle's entry (`<build>/lede-server/index.js`). */
  serverEntry: string;
  /** Where the files go: a build's `client/`. */
  clientDir: string;
  paths: readonly string[];
  /** Also write `__spa-fallback.html`. */
  spaFallback: boolean;
  /** Pages in flight at once: rendering is synchronous, this only overlaps file reads and writes. */
  concurrency: number;
}

/**
 * Renders `paths` with the server bundle an earlier `react-router build` of the same app left behind, writing
 * what React Router's own prerender writes for each (`<path>.data`, `<path>/index.html`) and, when asked, the SPA
 * fallback. Returns the files written, relative to `clientDir`. Throws on any page React Router would fail on.
 */
export async function renderPages(job: RenderJob): Promise<string[]> {
  // React Router reads its build-time headers (prerendered data, SPA mode) only in a build request.
  process.env.IS_RR_BUILD_REQUEST = "yes";
  // As in `react-router build`: React's development build renders several times slower. It is read when React is
  // first loaded, hence the imports below and not at the top of the module.
  process.env.NODE_ENV = "production";
  const { createRequestHandler, matchRoutes } = await import("react-router");
  const module = (await import(pathToFileURL(job.serverEntry).href)) as ServerBuild;
  // The bundle refuses (404) a data request for a path it was not built to prerender, so it is told these are.
  const build: ServerBuild = { ...module, prerender: [...new Set([...module.prerender, ...job.paths])] };
  const handler = createRequestHandler(build, "production");
  const routes = prerenderRoutes(build.routes as Record<string, BuildRoute | undefined>);
  const written: string[] = [];
  const write = async (relative: string, contents: string) => {
    // The target may be a hard link into the previous build (tree.ts): replaced, never written into.
    await writeAtomically(path.join(job.clientDir, ...relative.split("/")), contents);
    written.push(relative);
  };

  await eachLimit(job.paths, job.concurrency, async (pagePath) => {
    const matches = matchRoutes(routes, matchPath(pagePath));
    if (!matches) throw new Error(`Unable to prerender path because it does not match any routes: ${pagePath}`);
    const leaf = matches[matches.length - 1]?.route;
    const leafModule = leaf?.id === undefined ? undefined : build.routes[leaf.id]?.module;
    if (leafModule && !leafModule.default && !leafModule.ErrorBoundary) {
      throw new Error(`${pagePath}: resource routes are not prerendered by Lede's build`);
    }
    let init: RequestInit | undefined;
    if (matches.some((m) => m.route.id !== undefined && build.assets.routes[m.route.id]?.hasLoader)) {
      const dataPath = dataRequestPath(pagePath);
      const response = await handler(new Request(`http://localhost${dataPath}`));
      const data = await response.text();
      if (response.status !== 200 && response.status !== 202) {
        throw new Error(
          `Prerender (data): Received a ${response.status} status code from \`entry.server.tsx\` while prerendering the \`${pagePath}\` path.\n${dataPath}`,
        );
      }
      await write(outputFile(dataPath, false), data);
      init = { headers: { "X-React-Router-Prerender-Data": encodeURI(data) } };
    }
    const documentPath = documentRequestPath(pagePath);
    const response = await handler(new Request(`http://localhost${documentPath}`, init));
    let html = await response.text();
    if (isRedirect(response.status))
      html = redirectHtml(response.status, response.headers.get("Location"), documentPath);
    else if (response.status !== 200) {
      throw new Error(
        `Prerender (html): Received a ${response.status} status code from \`entry.server.tsx\` while prerendering the \`${documentPath}\` path.\n${html}`,
      );
    }
    await write(outputFile(documentPath, true), html);
  });

  if (job.spaFallback) {
    const response = await handler(
      new Request(`http://localhost${build.basename ?? "/"}`, { headers: { "X-React-Router-SPA-Mode": "yes" } }),
    );
    const html = await response.text();
    if (response.status !== 200) {
      throw new Error(
        `Prerender: Received a ${response.status} status code from \`entry.server.tsx\` while prerendering your \`__spa-fallback.html\` file.\n${html}`,
      );
    }
    await write("__spa-fallback.html", html);
  }
  return written;
}
