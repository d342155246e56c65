import type { EntityType } from "../../src/schema/entity";

/** Where a candidate came from; decides who wins an overlap (knowledge base first). */
export type CandidateSource = "kb" | "model" | "rule" | "echo";

/** A proposed mention before overlaps and identities are settled. UTF-16 offsets, end exclusive. */
export interface Candidate {
  block: number;
  start: number;
  end: number;
  type: EntityType;
  source: CandidateSource;
  /** Set when the knowledge base recognised the span. */
  kbId?: string;
  /** Identity key of another candidate this one must join (an acronym joins its expansion). */
  joinKey?: string;
}
