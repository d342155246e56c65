import { useMemo } from "react";
import type { ArticleEntity, Mention } from "../../../schema/entity";
import { segmentText } from "../segment-text";

interface EntityTextProps {
  text: string;
  mentions: readonly Mention[];
  entities: ReadonlyMap<string, ArticleEntity>;
}

/** A block's text with each entity mention as a typed <mark>. Text only: nothing is parsed as HTML. */
export function EntityText({ text, mentions, entities }: EntityTextProps) {
  const segments = useMemo(() => segmentText(text, mentions), [text, mentions]);
  return segments.map((segment) => {
    const entity = segment.range ? entities.get(segment.range.entityId) : undefined;
    if (!entity) return <span key={segment.start}>{segment.text}</span>;
    return (
      <mark
        key={segment.start}
        data-entity-id={entity.id}
        data-entity-type={entity.type}
        title={entity.name === segment.text ? undefined : entity.name}
        className="entity"
      >
        {segment.text}
      </mark>
    );
  });
}
