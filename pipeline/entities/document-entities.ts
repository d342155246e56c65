import type { EntityType } from "../../src/schema/entity";

/** What extraction makes of one article. */
export interface DocumentEntity {
  id: string;
  name: string;
  type: EntityType;
}

/** UTF-16 offsets into `blocks[block]`, end exclusive. */
export interface BlockMention {
  block: number;
  start: number;
  end: number;
  entityId: string;
}

/** Mentions are sorted by (block, start) and never overlap. */
export interface DocumentEntities {
  entities: DocumentEntity[];
  mentions: BlockMention[];
}
