import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readEnv, readEnvVar, VARIABLES } from "./env";

describe("readEnv", () => {
  it("gives each variable's default when it is unset or blank", () => {
    expect(readEnv(["PORT", "LEDE_OG_LIMIT", "SITE_URL", "LEDE_FULL_BUILD"], { LEDE_OG_LIMIT: "  " })).toEqual({
      PORT: 4173,
      LEDE_OG_LIMIT: 300,
      SITE_URL: null,
      LEDE_FULL_BUILD: false,
    });
  });

  it("parses what is set", () => {
    const env = {
      PORT: "0",
      LEDE_MAX_ARTICLE_BYTES: "4194304",
      SITE_URL: "https://News.Example.org/",
      LEDE_FULL_BUILD: "1",
    };
    expect(readEnv(["PORT", "LEDE_MAX_ARTICLE_BYTES", "SITE_URL", "LEDE_FULL_BUILD"], env)).toEqual({
      PORT: 0,
      LEDE_MAX_ARTICLE_BYTES: 4194304,
      SITE_URL: "https://news.example.org",
      LEDE_FULL_BUILD: true,
    });
  });

  it("names every variable with a bad value, the rule and the value, at once", () => {
    const read = () =>
      readEnv(["PORT", "LEDE_OG_LIMIT", "LEDE_ENTITY_MIN_ARTICLES", "SITE_URL"], {
        PORT: "80000",
        LEDE_OG_LIMIT: "-1",
        LEDE_ENTITY_MIN_ARTICLES: "0",
        SITE_URL: "https://news.example.org/lede",
      });
    expect(read).toThrow('PORT must be a whole number from 0 to 65535, not "80000"');
    expect(read).toThrow('LEDE_OG_LIMIT must be a whole number of at least 0, not "-1"');
    expect(read).toThrow('LEDE_ENTITY_MIN_ARTICLES must be a whole number of at least 1, not "0"');
    expect(read).toThrow(/SITE_URL must be the site's origin.*, not "https:\/\/news.example.org\/lede"/);
  });

  it.each([
    ["LEDE_MAX_ARTICLE_BYTES", "1.5"],
    ["LEDE_MAX_ARTICLE_BYTES", "2MB"],
    ["LEDE_BUILD_JOBS", "0"],
    ["LEDE_FULL_BUILD", "yes"],
    ["SITE_URL", "ftp://news.example.org"],
  ] as const)("refuses %s=%s", (name, value) => {
    expect(() => readEnvVar(name, { [name]: value })).toThrow(new RegExp(`^${name} `));
  });

  it("reads only the variables asked for", () => {
    expect(readEnvVar("CONTENT_DIR", { PORT: "not a port" })).toBe("content");
  });
});

describe("SITE_URL", () => {
  it("is null when unset or blank", () => {
    expect(readEnvVar("SITE_URL", {})).toBeNull();
    expect(readEnvVar("SITE_URL", { SITE_URL: "  " })).toBeNull();
  });

  it("keeps the origin, without a trailing slash", () => {
    expect(readEnvVar("SITE_URL", { SITE_URL: "https://news.example.org" })).toBe("https://news.example.org");
    expect(readEnvVar("SITE_URL", { SITE_URL: "https://News.Example.org/" })).toBe("https://news.example.org");
    expect(readEnvVar("SITE_URL", { SITE_URL: "http://localhost:4173" })).toBe("http://localhost:4173");
  });

  it.each([
    "news.example.org",
    "ftp://news.example.org",
    "https://news.example.org/lede",
    "https://news.example.org/?a=1",
    "https://news.example.org/#top",
    "https://user:pw@news.example.org",
    "not a url",
  ])("rejects %s with a message naming SITE_URL", (value) => {
    expect(() => readEnvVar("SITE_URL", { SITE_URL: value })).toThrow(/^SITE_URL must be the site's origin.*, not "/);
  });
});

describe("the README's table of settings", () => {
  const readme = readFileSync("README.md", "utf8");
  const table = readme.slice(readme.indexOf("<!-- settings:start -->"), readme.indexOf("<!-- settings:end -->"));
  const rows = [...table.matchAll(/^\| `([A-Z0-9_]+)` +\| (.+?) +\| (.+?) +\|$/gm)].map(([, name, meaning, shown]) => ({
    name,
    meaning,
    shown,
  }));

  it("lists every setting a person may set (not the build's internal ones), with the schema's meaning and default", () => {
    const expected = Object.entries(VARIABLES)
      .filter(([, variable]) => variable.audience !== "internal")
      .map(([name, variable]) => ({ name, meaning: variable.meaning, shown: variable.shown }));
    expect(rows).toEqual(expected);
  });
});
