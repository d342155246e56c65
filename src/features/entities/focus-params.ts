import { toQueryString } from "../../lib/query-string";
import { entityIdSchema } from "../../schema/entity-id";

/** `?entity=<id>` on an article: the entity the reader (or the link's sender) is looking at. Never throws. */
export function parseEntityFocus(params: URLSearchParams): string | null {
  const value = params.get("entity");
  return value !== null && entityIdSchema.safeParse(value).success ? value : null;
}

export function serializeEntityFocus(id: string | null): string {
  return id === null ? "" : toQueryString(new URLSearchParams({ entity: id }));
}
