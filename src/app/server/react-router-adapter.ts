/**
 * Every dependency Lede has on React Router's internals, in one place (issue 14; decisions 015, 016).
 *
 * Lede prerenders most pages itself, from the server bundle that `react-router build` leaves behind, so that a
 * rebuild renders only what changed and a full build uses every core (pipeline/site/render-pages.ts). To write the
 * very files React Router's own prerender writes, it has to copy what `handlePrerender` and `handleSpaMode` in
 * @react-router/dev's vite.js do: the internal request headers, the fake `build.prerender` list, the output paths,
 * the redirect page and the error texts. And `defer-scripts.ts` rewrites the HTML of `<Scripts>`, so it knows the
 * shape of React Router's module script, preload links and stream scripts.
 *
 * All of that is written for one version, `SUPPORTED_REACT_ROUTER`. The build stops on any other
 * (`checkReactRouterVersion`), the rewrite throws on a page it does not recognise, and a golden test
 * (pipeline/site/golden-build.test.ts) builds the e2e fixture collection both ways and compares every file.
 * Upgrading React Router means reading that code again, then changing the version here.
 */

import { AsyncLocalStorage } from "node:async_hooks";
import { cp, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { RouteObject, ServerBuild } from "react-router";
import type { Plugin } from "vite";
import type { BuildFacts, buildContext } from "../../lib/build-context";
import type { setDataReadListener } from "../../lib/data-reads";

/** The React Router release this module was written against; react-router, its dev and node packages alike. */
export const SUPPORTED_REACT_ROUTER = "7.18.4";
const PACKAGES = ["react-router", "@react-router/dev", "@react-router/node"] as const;

/**
 * Throws, naming each package and version, unless every React Router package installed under `root` is the
 * supported version.
 */
export async function checkReactRouterVersion(root: string): Promise<void> {
  const wrong: string[] = [];
  for (const name of PACKAGES) {
    const file = path.join(root, "node_modules", ...name.split("/"), "package.json");
    const version = await readFile(file, "utf8").then(
      (text) => String((JSON.parse(text) as { version?: unknown }).version),
      () => "missing",
    );
    if (version !== SUPPORTED_REACT_ROUTER) wrong.push(`${name} ${version}`);
  }
  if (wrong.length > 0) {
    throw new Error(
      `React Router ${SUPPORTED_REACT_ROUTER} is the version Lede's build supports, but found ${wrong.join(", ")}. ` +
        "The build copies React Router's prerendering (src/app/server/react-router-adapter.ts): pin all three " +
        `packages to ${SUPPORTED_REACT_ROUTER}, or read @react-router/dev's prerender code again and update the adapter.`,
    );
  }
}

// ---- The HTML of <Scripts>, as defer-scripts.ts rewrites it -------------------------------------------------------

/** The opening tag of the module script that imports the route's modules. */
export const MODULE_SCRIPT_OPEN = '<script type="module" async="">';
/** One preload link per module of the route. */
export const MODULE_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*>/g;
export const HREF = /\bhref="([^"]+)"/;
/** The script that sets up hydration's context (and the stream of loader data). */
export const CONTEXT_SCRIPT = "<script>window.__reactRouterContext = ";
/** One per chunk of loader data. */
export const ENQUEUE_SCRIPT =
  /<script>window\.__reactRouterContext\.streamController\.enqueue\(("(?:[^"\\]|\\.)*")\);<\/script>/g;
export const CLOSE_SCRIPT = "<script>window.__reactRouterContext.streamController.close();</script>";

/**
 * Whether a page went through `deferModuleScripts`: its module script inert and no preload link left. Every page
 * Lede's prerender writes is checked (below), so a React Router whose `<Scripts>` changed shape fails the build.
 */
export function isDeferred(html: string): boolean {
  MODULE_PRELOAD.lastIndex = 0;
  return !/<script\b[^>]*\btype="module"/.test(html) && !MODULE_PRELOAD.test(html);
}

function assertDeferred(file: string, html: string): void {
  if (!isDeferred(html)) {
    throw new Error(
      `${file}: the page's scripts were not deferred (src/app/server/defer-scripts.ts); React Router's <Scripts> may have changed shape`,
    );
  }
}

// ---- Prerender requests -------------------------------------------------------------------------------------------

/** A route of the server build's `routes` table, as much of it as matching needs. */
export interface BuildRoute {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  caseSensitive?: boolean;
}

export type MatchableRoute = RouteObject & { id: string };

/** The server build's flat route table as the nested tree `matchRoutes` takes (`createPrerenderRoutes`). */
export function prerenderRoutes(routes: Readonly<Record<string, BuildRoute | undefined>>): MatchableRoute[] {
  const byParent = new Map<string, BuildRoute[]>();
  for (const route of Object.values(routes)) {
    if (!route) continue;
    const parent = route.parentId ?? "";
    byParent.set(parent, [...(byParent.get(parent) ?? []), route]);
  }
  const tree = (parentId: string): MatchableRoute[] =>
    (byParent.get(parentId) ?? []).map((route) => {
      const common = { id: route.id, path: route.path, caseSensitive: route.caseSensitive };
      return route.index ? { index: true as const, ...common } : { children: tree(route.id), ...common };
    });
  return tree("");
}

/** The path `matchRoutes` is asked about for a prerender path. */
export function matchPath(pagePath: string): string {
  return `/${pagePath}/`.replace(/^\/\/+/, "/");
}

/**
 * The URL path of a page's data request, which is also where its `.data` file is written (relative to `client/`),
 * with `future.v8_trailingSlashAwareDataRequests` and the basename `/`.
 */
export function dataRequestPath(pagePath: string): string {
  const request = pagePath.endsWith("/") ? `${pagePath}_.data` : `${pagePath}.data`;
  return `/${request}`.replace(/\/\/+/g, "/");
}

/** The URL path of a page's document request; its HTML is written to `<that>/index.html`. */
export function documentRequestPath(pagePath: string): string {
  return `/${pagePath}/`.replace(/\/\/+/g, "/");
}

/** Where a request path's file goes, relative to `client/` (`/` separated, no leading slash). */
export function outputFile(requestPath: string, html: boolean): string {
  const relative = requestPath.split("/").filter((part) => part !== "");
  return (html ? [...relative, "index.html"] : relative).join("/");
}

/** The files a prerendered page is made of, relative to `client/`: its HTML, then its data. */
export function prerenderedFiles(pagePath: string): [html: string, data: string] {
  return [outputFile(documentRequestPath(pagePath), true), outputFile(dataRequestPath(pagePath), false)];
}

/** The SPA fallback page React Router writes with `ssr: false`. */
export const SPA_FALLBACK_FILE = "__spa-fallback.html";

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** React Router's escapeHtml (react-router/dist: ESCAPE_LOOKUP). */
function escapeHtml(text: string): string {
  const lookup: Record<string, string> = {
    "&": "\\u0026",
    ">": "\\u003e",
    "<": "\\u003c",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
  };
  return text.replace(/[&><\u2028\u2029]/g, (match) => lookup[match] ?? match);
}

export function isRedirect(status: number): boolean {
  return REDIRECT_STATUSES.has(status);
}

/** The page React Router writes in place of a redirect. */
export function redirectHtml(status: number, location: string | null, requestPath: string): string {
  const delay = status === 302 ? 2 : 0;
  const to = escapeHtml(location ?? "");
  const from = escapeHtml(requestPath);
  return `<!doctype html>
<head>
<title>Redirecting to: ${to}</title>
<meta http-equiv="refresh" content="${delay};url=${to}">
<meta name="robots" content="noindex">
</head>
<body>
	<a href="${to}">
    Redirecting from <code>${from}</code> to <code>${to}</code>
  </a>
</body>
</html>`;
}

/** A file of a rendered page, relative to `client/`. */
export interface RenderedFile {
  file: string;
  contents: string;
}

/** A page as rendered: its files, and the data files (`/data/…` paths) it read while rendering. */
export interface RenderedPage {
  files: RenderedFile[];
  reads: string[];
}

export interface Prerenderer {
  /** A page's files, as React Router's prerender writes them: its `.data` (when a route has a loader), its HTML. */
  renderPage(pagePath: string): Promise<RenderedPage>;
  /** `__spa-fallback.html`. */
  renderSpaFallback(): Promise<RenderedPage>;
}

/** What src/app/entry.server.tsx exports for Lede's prerender: the bundle's own instances. */
interface LedeBuildHooks {
  buildContext: typeof buildContext;
  setDataReadListener: typeof setDataReadListener;
}

/**
 * Loads the server bundle a `react-router build` kept (`<build>/lede-server/index.js`) and renders pages with it
 * as React Router's prerender does. `paths` are the pages that will be asked for: the bundle refuses (404) a data
 * request for a path it was not built to prerender. The loaders get `facts` through `buildContext`, and every data
 * file a page reads is recorded against that page, even with several pages in flight (AsyncLocalStorage).
 */
export async function loadPrerenderer(
  serverEntry: string,
  paths: readonly string[],
  facts: BuildFacts,
): Promise<Prerenderer> {
  // React Router reads its build-time headers (prerendered data, SPA mode) only in a build request.
  process.env.IS_RR_BUILD_REQUEST = "yes";
  // As in `react-router build`: React's development build renders several times slower. It is read when React is
  // first loaded, hence the imports below and not at the top of the module.
  process.env.NODE_ENV = "production";
  const { createRequestHandler, matchRoutes, RouterContextProvider } = await import("react-router");
  const module = (await import(pathToFileURL(serverEntry).href)) as ServerBuild;
  const hooks = (module.entry.module as { ledeBuildHooks?: LedeBuildHooks }).ledeBuildHooks;
  if (!hooks) throw new Error(`${serverEntry}: the server entry does not export ledeBuildHooks`);
  const build: ServerBuild = { ...module, prerender: [...new Set([...module.prerender, ...paths])] };
  const handler = createRequestHandler(build, "production");
  const routes = prerenderRoutes(build.routes as Record<string, BuildRoute | undefined>);
  // The handler's type is written for apps without middleware; with future.v8_middleware, React Router takes a
  // RouterContextProvider here and hands it to the loaders.
  const context = () =>
    new RouterContextProvider(new Map([[hooks.buildContext, facts]])) as unknown as Parameters<typeof handler>[1];
  const pageReads = new AsyncLocalStorage<Set<string>>();
  hooks.setDataReadListener((file) => pageReads.getStore()?.add(file));
  const recorded = async (render: () => Promise<RenderedFile[]>): Promise<RenderedPage> => {
    const reads = new Set<string>();
    const files = await pageReads.run(reads, render);
    return { files, reads: [...reads].sort() };
  };

  return {
    renderPage: (pagePath) =>
      recorded(async () => {
        const matches = matchRoutes(routes, matchPath(pagePath));
        if (!matches) throw new Error(`Unable to prerender path because it does not match any routes: ${pagePath}`);
        const leaf = matches[matches.length - 1]?.route;
        const leafModule = leaf?.id === undefined ? undefined : build.routes[leaf.id]?.module;
        if (leafModule && !leafModule.default && !leafModule.ErrorBoundary) {
          throw new Error(`${pagePath}: resource routes are not prerendered by Lede's build`);
        }
        const files: RenderedFile[] = [];
        let init: RequestInit | undefined;
        if (matches.some((m) => m.route.id !== undefined && build.assets.routes[m.route.id]?.hasLoader)) {
          const dataPath = dataRequestPath(pagePath);
          const response = await handler(new Request(`http://localhost${dataPath}`), context());
          const data = await response.text();
          if (response.status !== 200 && response.status !== 202) {
            throw new Error(
              `Prerender (data): Received a ${response.status} status code from \`entry.server.tsx\` while prerendering the \`${pagePath}\` path.\n${dataPath}`,
            );
          }
          files.push({ file: outputFile(dataPath, false), contents: data });
          init = { headers: { "X-React-Router-Prerender-Data": encodeURI(data) } };
        }
        const documentPath = documentRequestPath(pagePath);
        const response = await handler(new Request(`http://localhost${documentPath}`, init), context());
        let html = await response.text();
        if (isRedirect(response.status)) {
          html = redirectHtml(response.status, response.headers.get("Location"), documentPath);
        } else if (response.status !== 200) {
          throw new Error(
            `Prerender (html): Received a ${response.status} status code from \`entry.server.tsx\` while prerendering the \`${documentPath}\` path.\n${html}`,
          );
        }
        const file = outputFile(documentPath, true);
        if (!isRedirect(response.status)) assertDeferred(file, html);
        files.push({ file, contents: html });
        return files;
      }),
    renderSpaFallback: () =>
      recorded(async () => {
        const response = await handler(
          new Request(`http://localhost${build.basename ?? "/"}`, { headers: { "X-React-Router-SPA-Mode": "yes" } }),
          context(),
        );
        const html = await response.text();
        if (response.status !== 200) {
          throw new Error(
            `Prerender: Received a ${response.status} status code from \`entry.server.tsx\` while prerendering your \`${SPA_FALLBACK_FILE}\` file.\n${html}`,
          );
        }
        assertDeferred(SPA_FALLBACK_FILE, html);
        return [{ file: SPA_FALLBACK_FILE, contents: html }];
      }),
  };
}

/** `react-router build`'s line for each prerendered page and data file, which the build counts rather than prints. */
export function isPrerenderProgress(line: string): boolean {
  return line.includes("Prerender (html):") || line.includes("Prerender (data):");
}

// ---- The server bundle --------------------------------------------------------------------------------------------

/**
 * With `ssr: false` React Router deletes its server bundle once it has prerendered. `npm run build` keeps a copy
 * (in `target`) to render the pages itself, in parallel and, on a rebuild, only the changed ones
 * (docs/decisions/015-render-from-the-server-bundle.md). Sequential and first, so it runs before React Router's own
 * `writeBundle` prerenders and deletes the folder.
 */
export function keepServerBuild(target: string | undefined): Plugin {
  return {
    name: "lede:keep-server-build",
    applyToEnvironment: (environment) => environment.name === "ssr",
    writeBundle: {
      order: "pre",
      sequential: true,
      async handler(options) {
        if (!target || !options.dir) return;
        await rm(target, { recursive: true, force: true });
        await cp(options.dir, target, { recursive: true });
      },
    },
  };
}
