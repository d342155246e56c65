import { QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";
import { Links, Meta, Outlet, Scripts, ScrollRestoration } from "react-router";
import { getQueryClient } from "../lib/query-client";
import { absoluteUrl } from "../lib/site-meta";
import { RouteError } from "./route-error";
import { SiteChrome } from "./site-chrome";
import "./app.css";
import { paths } from "../lib/paths";
import { OfflineSupport } from "../features/offline/components/offline-support";
import { SETTINGS_SCRIPT, useSettingsOnPage } from "../features/settings/settings";
import faviconSvg from "./favicon.svg?raw";

/**
 * The icon travels inside the page (200 bytes), so the first load makes no request for it beside the stylesheet's,
 * which would share the bandwidth of a slow connection while the article waits to paint (decision 032).
 */
const FAVICON = `data:image/svg+xml,${encodeURIComponent(faviconSvg.trim())}`;

export function Layout({ children }: { children: ReactNode }) {
  return (
    // The settings script sets the reader's theme and text attributes on <html> before React sees it.
    <html lang="en" suppressHydrationWarning>
      <head>
        <meta charSet="utf-8" />
        {/* Constant text, so the CSP allows it by hash (decision 028); before the stylesheet, so nothing flashes. */}
        <script dangerouslySetInnerHTML={{ __html: SETTINGS_SCRIPT }} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href={FAVICON} type="image/svg+xml" />
        <link rel="alternate" type="application/atom+xml" title="Lede" href={absoluteUrl(paths.feed())} />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  // In the browser, the page's one client; when prerendering, a new one for this page (lib/query-client.ts).
  const [queryClient] = useState(getQueryClient);
  // A public sign that the page is live (hydrated, or rendered by the SPA shell): tests and tools wait for it
  // rather than for React's private properties.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
    performance.mark("lede:hydrated");
  }, []);
  useSettingsOnPage();
  return (
    <QueryClientProvider client={queryClient}>
      <SiteChrome>
        <OfflineSupport />
        <Outlet />
      </SiteChrome>
    </QueryClientProvider>
  );
}

/** Shown in the SPA fallback page until the client has rendered the route the URL asks for. */
export function HydrateFallback() {
  return (
    <SiteChrome>
      <p role="status" className="py-16 text-center text-stone-600 dark:text-stone-400">
        Loading…
      </p>
    </SiteChrome>
  );
}

export function ErrorBoundary() {
  return (
    <SiteChrome>
      <RouteError />
    </SiteChrome>
  );
}
