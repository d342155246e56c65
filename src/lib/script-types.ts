/**
 * The `type`s of the script elements Lede writes into prerendered pages instead of React Router's
 * (src/app/server/defer-scripts.ts): data blocks a browser neither fetches nor runs. The build hashes what they hold for
 * the Content-Security-Policy (pipeline/site/headers.ts).
 */
/** React Router's module script, made inert until the page has painted; the loader runs its text as a module. */
export const DEFERRED_MODULE_TYPE = "text/x-lede-module";
/** React Router's streamed loader data, one block per chunk; the closing script enqueues them. */
export const STREAM_DATA_TYPE = "text/x-lede-stream";
