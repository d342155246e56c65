import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import {
  applySettings,
  DEFAULT_SETTINGS,
  FONTS,
  LINE_WIDTHS,
  parseSettings,
  SETTINGS_KEY,
  SETTINGS_SCRIPT,
  TEXT_SIZES,
  THEMES,
  type Settings,
} from "./settings";

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  theme: fc.constantFrom(...THEMES),
  textSize: fc.constantFrom(...TEXT_SIZES),
  lineWidth: fc.constantFrom(...LINE_WIDTHS),
  font: fc.constantFrom(...FONTS),
  shortcuts: fc.boolean(),
});

const attributes = (root: Element) =>
  Object.fromEntries([...root.attributes].filter((a) => a.name.startsWith("data-")).map((a) => [a.name, a.value]));

function runScript(): Record<string, string> {
  const root = document.documentElement;
  for (const name of Object.keys(attributes(root))) root.removeAttribute(name);
  new Function(SETTINGS_SCRIPT)();
  return attributes(root);
}

describe("the before-paint script", () => {
  beforeEach(() => window.localStorage.clear());

  it("sets the same attributes as applySettings, for every combination of settings", () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        window.localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
        const fromScript = runScript();
        const expected = document.createElement("html");
        applySettings(settings, expected);
        expect(fromScript).toEqual(attributes(expected));
      }),
    );
  });

  it("leaves the defaults when storage holds something that is not settings", () => {
    for (const raw of ["{not json", "null", "[1,2]", '{"theme":"purple","font":7}']) {
      window.localStorage.setItem(SETTINGS_KEY, raw);
      expect(runScript()).toEqual({});
    }
  });
});

describe("parseSettings", () => {
  it("accepts stored settings and fills in fields added later", () => {
    expect(parseSettings({ theme: "dark" })).toEqual({ ...DEFAULT_SETTINGS, theme: "dark" });
  });

  it("calls anything else corrupt", () => {
    expect(parseSettings({ theme: "purple" })).toBeNull();
    expect(parseSettings([])).toBeNull();
    expect(parseSettings("dark")).toBeNull();
  });
});
