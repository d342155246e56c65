import { z } from "zod/mini";
import type { BackupPart } from "../../lib/backup";
import { useEffect } from "react";
import { createLocalPreference } from "../../lib/local-preference";

export const THEMES = ["system", "light", "dark"] as const;
export const TEXT_SIZES = ["small", "medium", "large", "x-large"] as const;
export const LINE_WIDTHS = ["narrow", "medium", "wide"] as const;
export const FONTS = ["serif", "sans"] as const;

/** The reader's settings: a preference, not a view anyone shares, so localStorage rather than the URL. */
export const settingsSchema = z.object({
  theme: z.enum(THEMES),
  textSize: z.enum(TEXT_SIZES),
  lineWidth: z.enum(LINE_WIDTHS),
  font: z.enum(FONTS),
  /** Single-key shortcuts (j, k, s…); off for readers whose speech input or tremor types them by accident. */
  shortcuts: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  theme: "system",
  textSize: "medium",
  lineWidth: "medium",
  font: "serif",
  shortcuts: true,
};

export const SETTINGS_KEY = "lede:settings";

/** Each setting's `<html>` attribute; the default leaves it off, so CSS only describes departures. */
const ATTRIBUTES = {
  theme: "data-theme",
  textSize: "data-text-size",
  lineWidth: "data-line-width",
  font: "data-font",
} as const;

/**
 * Runs in `<head>` before the first paint, as constant text so the Content-Security-Policy can allow it by hash
 * (decision 028). It must agree with `applySettings` (settings.test.ts runs both). Anything it cannot read is left
 * to the defaults; the app tells the reader about a corrupt value once it runs.
 */
export const SETTINGS_SCRIPT = `(function(){try{var s=JSON.parse(localStorage.getItem("${SETTINGS_KEY}")||"{}"),d=document.documentElement,a={theme:["data-theme","light","dark"],textSize:["data-text-size","small","large","x-large"],lineWidth:["data-line-width","narrow","wide"],font:["data-font","sans"]};for(var k in a){var v=s&&s[k];if(typeof v==="string"&&a[k].indexOf(v)>0)d.setAttribute(a[k][0],v)}}catch(e){}})();`;

/** The settings as `<html>` attributes (after hydration, and whenever they change). */
export function applySettings(settings: Settings, root: HTMLElement = document.documentElement): void {
  for (const name of Object.keys(ATTRIBUTES) as (keyof typeof ATTRIBUTES)[]) {
    const value = settings[name];
    if (value === DEFAULT_SETTINGS[name]) root.removeAttribute(ATTRIBUTES[name]);
    else root.setAttribute(ATTRIBUTES[name], value);
  }
}

/** Valid fields are kept, anything else falls back; null (corrupt) if any field was wrong. */
export function parseSettings(stored: unknown): Settings | null {
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...(isRecord(stored) ? stored : {}) });
  return parsed.success && isRecord(stored) ? parsed.data : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const preference = createLocalPreference<Settings>({
  key: SETTINGS_KEY,
  parse: parseSettings,
  fallback: DEFAULT_SETTINGS,
});

export const useSettings = preference.use;
export const getSettings = preference.get;
export const subscribeSettings = preference.subscribe;

export function updateSettings(change: Partial<Settings>): void {
  const next = { ...preference.get(), ...change };
  preference.set(next);
  applySettings(next);
}

export const settingsBackup: BackupPart<Settings> = {
  name: "settings",
  schema: settingsSchema,
  read: () => preference.get(),
  write: (value) => updateSettings(value),
};

/**
 * Keeps `<html>` in step with the settings once the page is live: the script in `<head>` did it before the first
 * paint; this catches a change in another tab, and reads the stored value once so a corrupt one is reported.
 */
export function useSettingsOnPage(): void {
  useEffect(() => {
    const apply = () => applySettings(preference.get());
    apply();
    return preference.subscribe(apply);
  }, []);
}
