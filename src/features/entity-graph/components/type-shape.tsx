import type { EntityType } from "../../../schema/entity";

/**
 * Per-type colours for SVG (fill and stroke), the same hues as the marks' `data-entity-type` rules in app.css.
 * Colour is never the only cue: each type also has its own shape.
 */
export const TYPE_SHAPE_CLASSES: Record<EntityType, string> = {
  person: "fill-amber-100 stroke-amber-700 dark:fill-amber-950 dark:stroke-amber-300",
  organization: "fill-sky-100 stroke-sky-700 dark:fill-sky-950 dark:stroke-sky-300",
  place: "fill-emerald-100 stroke-emerald-700 dark:fill-emerald-950 dark:stroke-emerald-300",
  group: "fill-violet-100 stroke-violet-700 dark:fill-violet-950 dark:stroke-violet-300",
  date: "fill-stone-200 stroke-stone-600 dark:fill-stone-800 dark:stroke-stone-300",
};

const points = (corners: [number, number][]) => corners.map(([x, y]) => `${x},${y}`).join(" ");

/**
 * A type's shape centred on the origin, about as large as a circle of radius `r`: people are circles,
 * organizations squares, places diamonds, groups hexagons (dates, never drawn here, triangles).
 */
export function TypeShape({ type, r, className }: { type: EntityType; r: number; className?: string }) {
  const props = { "data-entity-type": type, className: `${TYPE_SHAPE_CLASSES[type]} ${className ?? ""}` };
  switch (type) {
    case "person":
      return <circle r={r} {...props} />;
    case "organization": {
      const half = r * 0.9;
      return <rect x={-half} y={-half} width={2 * half} height={2 * half} rx={r * 0.15} {...props} />;
    }
    case "place": {
      const d = r * 1.2;
      return (
        <polygon
          points={points([
            [0, -d],
            [d, 0],
            [0, d],
            [-d, 0],
          ])}
          {...props}
        />
      );
    }
    case "group": {
      const h = r * 1.05;
      const w = h * 0.866;
      return (
        <polygon
          points={points([
            [0, -h],
            [w, -h / 2],
            [w, h / 2],
            [0, h],
            [-w, h / 2],
            [-w, -h / 2],
          ])}
          {...props}
        />
      );
    }
    case "date":
      return (
        <polygon
          points={points([
            [0, -r * 1.1],
            [r, r * 0.7],
            [-r, r * 0.7],
          ])}
          {...props}
        />
      );
  }
}

/** The shape on its own, for the legend, the filter and the table. */
export function TypeIcon({ type, size = 14 }: { type: EntityType; size?: number }) {
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="-8 -8 16 16" className="inline-block shrink-0">
      <TypeShape type={type} r={6} className="stroke-[1.5]" />
    </svg>
  );
}
