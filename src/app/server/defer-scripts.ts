/**
 * Keeps a prerendered page's JavaScript off its first paint (decision 016), and its inline scripts the same on
 * every page of a route, so that a Content-Security-Policy can allow them by hash (decision 023).
 *
 * React Router's `<Scripts>` writes a `<link rel="modulepreload">` for every module of the route (two dozen) and a
 * module script that imports them. Browsers fetch both at high priority while the HTML and the stylesheet are still
 * arriving, so on a slow connection the reader waits for ~600 KB of script that does nothing for reading. This
 * rewrites the page so that nothing of the app's JavaScript is requested until the page has painted: the preload
 * links are dropped, the module script is made inert (same element, same text, a type no browser runs) and a small
 * classic script, appended to React Router's context script, adds both back once the document is parsed and a frame
 * has been drawn. The element tree is unchanged, so hydration sees the page it rendered.
 *
 * The preload hrefs travel in a `data-preload` attribute of the inert script rather than in the loader's source,
 * and React Router's per-page data scripts (`streamController.enqueue("…")`) become data blocks that the closing
 * script enqueues, so the only scripts a browser runs are the same text on every page of a route.
 */

import { DEFERRED_MODULE_TYPE, STREAM_DATA_TYPE } from "../../lib/script-types";
import {
  CLOSE_SCRIPT,
  CONTEXT_SCRIPT,
  ENQUEUE_SCRIPT,
  HREF,
  MODULE_PRELOAD,
  MODULE_SCRIPT_OPEN,
} from "./react-router-adapter";

export { DEFERRED_MODULE_TYPE, STREAM_DATA_TYPE };

/**
 * Runs in the browser (stringified, so ES5 with no outside names). Once the document is parsed and the browser has
 * reported its first contentful paint (the paint timing entry, which carries the time the frame was presented), it
 * adds the preload links to the head, where hydration looks for nothing, then evaluates the route's modules one
 * chunk per task (a module script per preloaded chunk, each added when the one before has run; the route modules
 * last), and only then adds a live copy of the inert module script, which imports the client entry that hydrates. Left to the module script,
 * the whole static graph (React, React Router, TanStack Query, zod, the routes) was evaluated in one task of
 * ~300 ms on a throttled phone, the longest of the page's load. The entry is left out of the chunks: it must run
 * after the module script has registered the route modules. Where paint timing is not supported it waits for a
 * frame and a task instead (the callback of requestAnimationFrame runs before that frame's paint, the timeout
 * after it).
 */
function loadAfterFirstPaint(type: string) {
  var waiting = 2;
  function load() {
    if (--waiting > 0) return;
    var head = document.head;
    // Read once the document is parsed: this runs from React Router's context script, before the inert one.
    var inerts = document.querySelectorAll('script[type="' + type + '"]');
    var hrefs: string[] = JSON.parse((inerts[0] && inerts[0].getAttribute("data-preload")) || "[]");
    var text = Array.prototype.map
      .call(inerts, function (script: Element) {
        return script.textContent;
      })
      .join("\n");
    // A preload link costs the main thread about a third of a millisecond to add (more on a slow phone), so the two
    // dozen go in tasks of two rather than one long task.
    var next = 0;
    (function preload() {
      for (var end = next + 2; next < end && next < hrefs.length; next++) {
        var link = document.createElement("link");
        link.rel = "modulepreload";
        link.href = hrefs[next] as string;
        head.appendChild(link);
      }
      if (next < hrefs.length) setTimeout(preload, 0);
    })();
    // The route modules (`import * as route0 from "…"`) come after the chunks they import: each chunk's task then
    // evaluates that chunk and the few it imports that have not run yet, rather than a route and its whole graph.
    var isRoute = function (href: string) {
      return text.indexOf('from "' + href + '"') >= 0;
    };
    var chunks = hrefs
      .filter(function (href) {
        return text.indexOf('import("' + href + '")') < 0 && !isRoute(href);
      })
      .concat(hrefs.filter(isRoute));
    var done = 0;
    (function evaluate() {
      if (done < chunks.length) {
        var chunk = document.createElement("script");
        chunk.type = "module";
        chunk.src = chunks[done++] as string;
        // A chunk that fails to load is reported again, and stops the page, when the module script imports it.
        chunk.onload = chunk.onerror = function () {
          chunk.onload = chunk.onerror = null;
          setTimeout(evaluate, 0);
        };
        head.appendChild(chunk);
        return;
      }
      Array.prototype.forEach.call(inerts, function (inert: Element) {
        var script = document.createElement("script");
        script.type = "module";
        script.textContent = inert.textContent;
        head.appendChild(script);
      });
    })();
  }
  function later() {
    setTimeout(load, 0);
  }
  var types = typeof PerformanceObserver === "function" ? PerformanceObserver.supportedEntryTypes : undefined;
  if (types && types.indexOf("paint") >= 0) {
    var observer = new PerformanceObserver(function (list) {
      var entries = list.getEntriesByName("first-contentful-paint");
      if (entries.length === 0) return;
      observer.disconnect();
      later();
    });
    observer.observe({ type: "paint", buffered: true });
  } else {
    requestAnimationFrame(later);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", load);
  else load();
}

/** JSON that is safe inside an inline `<script>` (no `</script>` or `<!--` can form). */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** The loader as an inline statement: the same on every page. */
export function loaderSource(): string {
  return `;(${loadAfterFirstPaint.toString()})(${inlineJson(DEFERRED_MODULE_TYPE)});`;
}

/**
 * Runs in the browser in place of React Router's closing script: enqueues the page's data blocks, in order, then
 * closes the stream, as React Router's own scripts would have done one by one.
 */
function enqueueStreamData(type: string) {
  var controller = (
    window as unknown as { __reactRouterContext: { streamController: ReadableStreamDefaultController } }
  ).__reactRouterContext.streamController;
  Array.prototype.forEach.call(document.querySelectorAll('script[type="' + type + '"]'), function (data: Element) {
    controller.enqueue(JSON.parse(data.textContent as string));
  });
  controller.close();
}

export function closeSource(): string {
  return `(${enqueueStreamData.toString()})(${inlineJson(STREAM_DATA_TYPE)});`;
}

/** A value as a double-quoted HTML attribute's text. */
function attribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/**
 * Rewrites a page rendered by React Router (see the module comment). Throws when the page is not in the shape this
 * rewrite knows (React Router's module script or context script missing, stream scripts changed), rather than
 * write a page that loads its JavaScript before the first paint, or one that would never hydrate.
 */
export function deferModuleScripts(html: string): string {
  if (!html.includes(MODULE_SCRIPT_OPEN)) {
    throw new Error("deferModuleScripts: React Router's module script is not in the shape this rewrite knows");
  }
  const hrefs = new Set<string>();
  const page = html
    .replace(MODULE_PRELOAD, (tag) => {
      const href = HREF.exec(tag)?.[1];
      if (href) hrefs.add(decodeAttribute(href));
      return "";
    })
    .replace(
      MODULE_SCRIPT_OPEN,
      () => `<script type="${DEFERRED_MODULE_TYPE}" data-preload="${attribute(JSON.stringify([...hrefs]))}">`,
    );
  const contextAt = page.indexOf(CONTEXT_SCRIPT);
  const contextEnd = contextAt < 0 ? -1 : page.indexOf("</script>", contextAt);
  if (contextEnd < 0) throw new Error("deferModuleScripts: React Router's context script was not found");
  const deferred = page.slice(0, contextEnd) + loaderSource() + page.slice(contextEnd);
  let enqueued = 0;
  const data = deferred.replace(ENQUEUE_SCRIPT, (_script, literal: string) => {
    enqueued += 1;
    return `<script type="${STREAM_DATA_TYPE}">${literal}</script>`;
  });
  if (!data.includes(CLOSE_SCRIPT)) {
    if (enqueued > 0 || data.includes("streamController.enqueue")) {
      throw new Error("deferModuleScripts: React Router's stream scripts are not in the shape this rewrite knows");
    }
    return data;
  }
  return data.replace(CLOSE_SCRIPT, () => `<script>${closeSource()}</script>`);
}

/** The href as the browser reads it (React escapes `&` in attributes). */
function decodeAttribute(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");
}
