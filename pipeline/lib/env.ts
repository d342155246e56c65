/**
 * Every environment variable Lede reads, in one schema: what it means, its default and its valid values. Commands,
 * the Vite and React Router configuration and the server all read their settings through `readEnv`, and a bad
 * value stops them with a message naming the variable. The README's table is checked against this list
 * (env.test.ts).
 */
import { availableParallelism } from "node:os";
import { z } from "zod";

const SITE_URL_MESSAGE =
  "must be the site's origin, like https://news.example.org (http or https, no path, query or fragment)";

/** The site's origin without a trailing slash. The app is served from the root, so a path would break its links. */
const siteUrl = z.string().transform((value, ctx) => {
  const url = URL.canParse(value) ? new URL(value) : null;
  const ok =
    url !== null &&
    (url.protocol === "https:" || url.protocol === "http:") &&
    url.username === "" &&
    url.password === "" &&
    url.pathname === "/" &&
    url.search === "" &&
    url.hash === "" &&
    !value.includes("?") &&
    !value.includes("#");
  if (!ok) {
    ctx.addIssue({ code: "custom", message: SITE_URL_MESSAGE });
    return z.NEVER;
  }
  return url.origin;
});

/** A whole number in [min, max], written in digits only. */
function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER, unit = "") {
  const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
  return z.string().transform((value, ctx) => {
    const number = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min || number > max) {
      ctx.addIssue({ code: "custom", message: `must be a whole number${unit} ${range}` });
      return z.NEVER;
    }
    return number;
  });
}

const flag = z.enum(["0", "1"], { message: 'must be "1" (on) or "0" (off)' }).transform((value) => value === "1");
const text = z.string();

interface Variable<T> {
  /** What it means, as the README's table says it. */
  meaning: string;
  /** The default, as the README's table shows it. */
  shown: string;
  /** The value when unset or blank. */
  fallback: () => T;
  schema: z.ZodType<T, string>;
  /**
   * `user`: a setting for whoever runs Lede (the README's table). `internal`: set by the build for the processes
   * it starts. `tooling`: for the test and benchmark scripts.
   */
  audience: "user" | "internal" | "tooling";
}

const variable = <T>(spec: Variable<T>): Variable<T> => spec;

export const VARIABLES = {
  CONTENT_DIR: variable({
    meaning: "The folder of articles that ingest reads",
    shown: "`content`",
    fallback: () => "content",
    schema: text,
    audience: "user",
  }),
  SITE_URL: variable<string | null>({
    meaning: "The site's origin, for canonical URLs, feeds, preview images and the sitemap",
    shown: "unset: links are root-relative and there is no sitemap",
    fallback: () => null,
    schema: siteUrl,
    audience: "user",
  }),
  PORT: variable({
    meaning: "The port `npm start` and `npm run serve` listen on (0: any free port)",
    shown: "`4173`",
    fallback: () => 4173,
    schema: wholeNumber(0, 65535),
    audience: "user",
  }),
  LEDE_BUILD_DIR: variable({
    meaning: "Where `npm run build` writes the site, and what the server serves",
    shown: "`build`",
    fallback: () => "build",
    schema: text,
    audience: "user",
  }),
  LEDE_FULL_BUILD: variable({
    meaning: "`1` builds everything again instead of only what changed",
    shown: "`0`",
    fallback: () => false,
    schema: flag,
    audience: "user",
  }),
  LEDE_BUILD_JOBS: variable({
    meaning: "How many processes render pages side by side",
    shown: "the number of cores",
    fallback: () => availableParallelism(),
    schema: wholeNumber(1),
    audience: "user",
  }),
  LEDE_OG_LIMIT: variable({
    meaning: "How many of the newest articles get a preview image of their own",
    shown: "`300`",
    fallback: () => 300,
    schema: wholeNumber(0),
    audience: "user",
  }),
  LEDE_ENTITY_MIN_ARTICLES: variable({
    meaning: "Entities named in fewer articles get no prerendered page (it is rendered in the browser)",
    shown: "`2`",
    fallback: () => 2,
    schema: wholeNumber(1),
    audience: "user",
  }),
  LEDE_MAX_ARTICLE_BYTES: variable({
    meaning: "Article files larger than this are refused, unread",
    shown: "`2097152` (2 MB)",
    fallback: () => 2 * 1024 * 1024,
    schema: wholeNumber(1, Number.MAX_SAFE_INTEGER, " of bytes"),
    audience: "user",
  }),
  LEDE_PRERENDER_PATHS: variable<string | null>({
    meaning: "A JSON file listing the pages `react-router build` prerenders (else every page)",
    shown: "unset",
    fallback: () => null,
    schema: text,
    audience: "internal",
  }),
  LEDE_KEEP_SERVER_BUILD: variable<string | null>({
    meaning: "Where the build keeps React Router's server bundle to render pages with",
    shown: "unset",
    fallback: () => null,
    schema: text,
    audience: "internal",
  }),
  LEDE_COPY_PUBLIC: variable({
    meaning: "`0` keeps Vite from copying `public/` into the build",
    shown: "`1`",
    fallback: () => true,
    schema: flag,
    audience: "internal",
  }),
  CHROME_PATH: variable<string | null>({
    meaning: "The Chromium the benchmarks drive",
    shown: "`/usr/bin/chromium`",
    fallback: () => null,
    schema: text,
    audience: "tooling",
  }),
  E2E_PORT: variable({
    meaning: "The port the e2e suite serves its build on",
    shown: "`4174`",
    fallback: () => 4174,
    schema: wholeNumber(1, 65535),
    audience: "tooling",
  }),
  CI: variable({
    meaning: "Set by CI: the e2e suite retries a failed test once and prints a plain list",
    shown: "unset",
    fallback: () => false,
    schema: z.string().transform((value) => value !== "0" && value !== "false"),
    audience: "tooling",
  }),
  SCREENSHOT_FULL_PAGE: variable({
    meaning: "`1`: `npm run screenshots` takes whole pages rather than the first screen",
    shown: "`0`",
    fallback: () => false,
    schema: flag,
    audience: "tooling",
  }),
  BASE_URL: variable({
    meaning: "The site `npm run screenshots` photographs",
    shown: "`http://localhost:4173`",
    fallback: () => "http://localhost:4173",
    schema: text,
    audience: "tooling",
  }),
} satisfies Record<string, Variable<unknown>>;

export type VariableName = keyof typeof VARIABLES;
type Value<N extends VariableName> = (typeof VARIABLES)[N] extends Variable<infer T> ? T : never;
export type Env<N extends VariableName> = { [K in N]: Value<K> };

/**
 * The named variables, parsed (a blank value counts as unset). Throws one Error that names every variable with a
 * bad value, the rule it breaks and the value given.
 */
export function readEnv<N extends VariableName>(
  names: readonly N[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): Env<N> {
  const values: Partial<Record<VariableName, unknown>> = {};
  const problems: string[] = [];
  for (const name of names) {
    const spec: Variable<unknown> = VARIABLES[name];
    const raw = env[name]?.trim() ?? "";
    if (raw === "") {
      values[name] = spec.fallback();
      continue;
    }
    const result = spec.schema.safeParse(raw);
    if (result.success) values[name] = result.data;
    else problems.push(`${name} ${result.error.issues[0]?.message ?? "is not valid"}, not "${raw}"`);
  }
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return values as Env<N>;
}

/** One variable's value. */
export function readEnvVar<N extends VariableName>(
  name: N,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Value<N> {
  return readEnv([name], env)[name];
}
