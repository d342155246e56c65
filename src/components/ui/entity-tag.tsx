import type { ReactNode } from "react";
import { ENTITY_TYPE_LABELS } from "../../lib/entity-style";
import type { EntityType } from "../../schema/entity";

/** A small chip naming an entity, styled like its marks in the text. */
export function EntityTag({ type, children }: { type: EntityType; children: ReactNode }) {
  return (
    <span
      data-entity-type={type}
      className="inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium underline underline-offset-2"
    >
      <span className="sr-only">{ENTITY_TYPE_LABELS[type].one}: </span>
      {children}
    </span>
  );
}
