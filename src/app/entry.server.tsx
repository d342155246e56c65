import { PassThrough } from "node:stream";
import { text } from "node:stream/consumers";
import { renderToPipeableStream } from "react-dom/server";
import { ServerRouter, type EntryContext } from "react-router";
import { buildContext } from "../lib/build-context";
import { setDataReadListener } from "../lib/data-reads";
import { deferModuleScripts } from "./server/defer-scripts";

/**
 * What Lede's own prerender (src/app/server/react-router-adapter.ts) needs from inside the server bundle: the
 * context key its loaders read the build's facts with, and the hook that reports each data file a page reads.
 * They must be the bundle's own instances, hence exported from its entry.
 */
export const ledeBuildHooks = { buildContext, setDataReadListener };

/**
 * React Router's default entry, with two differences. Prerendering is the only server rendering Lede does, and a
 * build renders thousands of pages a few at a time on a busy machine, so a large page (the list of 10,000 articles,
 * an entity in thousands of them) may take longer than the default's 5 s; a render that still runs out of time
 * fails the build rather than writing a cut-off page. And the page is written whole, with its scripts deferred to
 * after the first paint (`defer-scripts.ts`, decision 016): nothing streams from a static file anyway.
 */
export const streamTimeout = 120_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  if (request.method.toUpperCase() === "HEAD") {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }
  return new Promise<Response>((resolve, reject) => {
    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(() => {
      reject(new Error(`Rendering ${new URL(request.url).pathname} took longer than ${streamTimeout / 1000} s`));
      abort();
    }, streamTimeout);
    const { pipe, abort } = renderToPipeableStream(<ServerRouter context={routerContext} url={request.url} />, {
      // Static pages: wait for everything, as the default does for SPA mode and bots.
      onAllReady() {
        const body = new PassThrough({
          final(callback) {
            clearTimeout(timeoutId);
            timeoutId = undefined;
            callback();
          },
        });
        responseHeaders.set("Content-Type", "text/html");
        pipe(body);
        text(body)
          .then(
            (html) => new Response(deferModuleScripts(html), { headers: responseHeaders, status: responseStatusCode }),
          )
          .then(resolve, reject);
      },
      onShellError(error: unknown) {
        clearTimeout(timeoutId);
        reject(error);
      },
      onError(error: unknown) {
        responseStatusCode = 500;
        console.error(error);
      },
    });
  });
}
