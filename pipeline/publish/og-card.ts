import type { CSSProperties, ReactElement, ReactNode } from "react";
import type { EntityType } from "../../src/schema/entity";
import { OG_HEIGHT, OG_WIDTH, type OgImageInputs } from "./og-inputs";

/*
 * The preview card as the element tree satori renders (plain objects: the pipeline has no JSX). Lede's look:
 * stone neutrals, a red-700 accent, a serif headline, entity pills in each type's colours with the type written
 * out, so the type never rests on colour alone. Colours are Tailwind's, as hex (satori does not read oklch).
 */

const stone = { 50: "#fafaf9", 200: "#e7e5e4", 600: "#57534e", 700: "#44403c", 950: "#0c0a09" };
const red700 = "#b91c1c";
const ENTITY_COLOURS: Record<EntityType, { bg: string; fg: string; line: string }> = {
  person: { bg: "#fef3c7", fg: "#451a03", line: "#b45309" },
  organization: { bg: "#e0f2fe", fg: "#082f49", line: "#0369a1" },
  place: { bg: "#d1fae5", fg: "#022c22", line: "#047857" },
  group: { bg: "#ede9fe", fg: "#2e1065", line: "#6d28d9" },
  date: { bg: "#e7e5e4", fg: "#0c0a09", line: "#57534e" },
};
const TYPE_NAMES: Record<EntityType, string> = {
  person: "Person",
  organization: "Organization",
  place: "Place",
  group: "Group",
  date: "Date",
};

export const SERIF = "Source Serif 4";
export const SANS = "Inter";

function h(type: string, style: CSSProperties, ...children: ReactNode[]): ReactElement {
  return { type, key: null, props: { style, children: children.length === 1 ? children[0] : children } };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Longer headlines get a smaller size, so most fit in three lines; four are the most shown. */
export function headlineSize(title: string): number {
  if (title.length <= 50) return 76;
  if (title.length <= 80) return 64;
  if (title.length <= 120) return 54;
  return 46;
}

function frame(...children: ReactNode[]): ReactElement {
  return h(
    "div",
    { width: OG_WIDTH, height: OG_HEIGHT, display: "flex", backgroundColor: stone[50], fontFamily: SANS },
    h("div", { width: 20, height: "100%", backgroundColor: red700 }),
    h(
      "div",
      {
        flex: 1,
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "52px 72px 56px 64px",
      },
      ...children,
    ),
  );
}

const wordmark = (size: number) =>
  h("div", { fontFamily: SERIF, fontWeight: 700, fontSize: size, color: stone[950], letterSpacing: -1 }, "Lede");

function entityPill({ name, type }: { name: string; type: EntityType }): ReactElement {
  const colours = ENTITY_COLOURS[type];
  return h(
    "div",
    {
      display: "flex",
      alignItems: "baseline",
      gap: 10,
      padding: "8px 16px 6px",
      borderRadius: 8,
      backgroundColor: colours.bg,
      color: colours.fg,
      borderBottom: `4px solid ${colours.line}`,
      fontSize: 26,
      fontWeight: 600,
    },
    h("div", { fontSize: 16, letterSpacing: 1.5, textTransform: "uppercase", color: colours.line }, TYPE_NAMES[type]),
    clip(name, 28),
  );
}

export function ogCard(inputs: OgImageInputs): ReactElement {
  if (inputs.kind === "site") {
    return frame(
      h("div", { display: "flex" }),
      h(
        "div",
        { display: "flex", flexDirection: "column", gap: 24 },
        wordmark(144),
        h("div", { fontSize: 40, color: stone[700], lineHeight: 1.3, maxWidth: 900 }, inputs.tagline),
      ),
      h("div", { display: "flex", height: 6, width: 160, backgroundColor: red700 }),
    );
  }
  const meta = [inputs.source, inputs.date].filter((part): part is string => part !== null).join("  ·  ");
  return frame(
    h(
      "div",
      { display: "flex", justifyContent: "space-between", alignItems: "center" },
      wordmark(44),
      inputs.topic
        ? h(
            "div",
            {
              padding: "8px 22px",
              borderRadius: 999,
              backgroundColor: red700,
              color: "#ffffff",
              fontSize: 24,
              fontWeight: 600,
            },
            inputs.topic,
          )
        : h("div", {}),
    ),
    h(
      "div",
      { display: "flex", flexDirection: "column", gap: 20 },
      h(
        "div",
        {
          display: "block",
          fontFamily: SERIF,
          fontWeight: 700,
          fontSize: headlineSize(inputs.title),
          lineHeight: 1.12,
          color: stone[950],
          lineClamp: 4,
        },
        clip(inputs.title, 200),
      ),
      meta ? h("div", { fontSize: 28, color: stone[600] }, meta) : h("div", {}),
    ),
    h(
      "div",
      { display: "flex", gap: 14, height: 52, overflow: "hidden", flexWrap: "wrap" },
      ...inputs.entities.map(entityPill),
    ),
  );
}
