/**
 * How React Router 7.18's `react-router build` prerenders a page with `ssr: false` (`handlePrerender` and
 * `handleSpaMode` in @react-router/dev's vite.js), as pure functions, so the build can render changed pages from a
 * kept server bundle and write the very same files (docs/decisions/015-render-from-the-server-bundle.md).
 * Upgrading React Router means reading that code again and comparing a page rendered both ways.
 */

import type { RouteObject } from "react-router";

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

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function escapeHtml(text: string): string {
  // React Router's escapeHtml (react-router/dist: ESCAPE_LOOKUP).
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
