import type { EntityType } from "../schema/entity";

/** Display names per type. The per-type styles live in app.css, keyed by `data-entity-type`. */
export const ENTITY_TYPE_LABELS: Record<EntityType, { one: string; many: string }> = {
  person: { one: "Person", many: "People" },
  organization: { one: "Organization", many: "Organizations" },
  place: { one: "Place", many: "Places" },
  group: { one: "Group", many: "Groups" },
  date: { one: "Date", many: "Dates" },
};
