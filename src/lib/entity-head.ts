import type { EntityType } from "../schema/entity";
import { ENTITY_TYPE_LABELS } from "./entity-style";
import { formatCount } from "./format";

/** What an entity page's title and description say: the page itself, and the build for pages it does not prerender. */
export function entityHead(entity: {
  name: string;
  type: EntityType;
  description: string | null;
  mentionCount: number;
  articleCount: number;
}): { title: string; description: string } {
  const what = entity.description ?? ENTITY_TYPE_LABELS[entity.type].one;
  return {
    title: entity.name,
    description: `${entity.name}: ${what}. Mentioned ${formatCount(entity.mentionCount, "time")} in ${formatCount(entity.articleCount, "article")}.`,
  };
}
