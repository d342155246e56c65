import { Fragment, memo, useMemo } from "react";
import type { ArticleEntity, EntityType, Mention } from "../../../schema/entity";
import { segmentText, splitByHighlight, type Range, type Segment } from "../segment-text";

interface EntityTextProps {
  text: string;
  mentions: readonly Mention[];
  entities: ReadonlyMap<string, ArticleEntity>;
  /** The entity the reader is looking at: its marks are emphasised. */
  focusedId?: string | null;
  /** Types the reader switched off: their marks render as plain text. */
  hiddenTypes?: readonly EntityType[];
  /** A range of this block to highlight (a quoted passage), across and inside entity marks. */
  highlight?: Range | null;
}

function Pieces({ segment, highlight }: { segment: Segment<Mention>; highlight: Range | null }) {
  if (!highlight) return segment.text;
  return splitByHighlight(segment, highlight).map((piece) =>
    piece.highlighted ? (
      <mark key={piece.start} data-quote="" className="quote">
        {piece.text}
      </mark>
    ) : (
      <Fragment key={piece.start}>{piece.text}</Fragment>
    ),
  );
}

/**
 * A block's text with each entity mention as a typed <mark>. Text only: nothing is parsed as HTML. Marks are
 * focusable buttons; their events are handled once, by the article body (see use-mark-interactions).
 */
export const EntityText = memo(function EntityText({
  text,
  mentions,
  entities,
  focusedId = null,
  hiddenTypes = [],
  highlight = null,
}: EntityTextProps) {
  const segments = useMemo(() => segmentText(text, mentions), [text, mentions]);
  return segments.map((segment) => {
    const entity = segment.range ? entities.get(segment.range.entityId) : undefined;
    if (!entity) {
      return (
        <span key={segment.start}>
          <Pieces segment={segment} highlight={highlight} />
        </span>
      );
    }
    if (hiddenTypes.includes(entity.type)) {
      return (
        <mark key={segment.start} data-entity-id={entity.id} data-entity-type={entity.type} data-hidden="">
          <Pieces segment={segment} highlight={highlight} />
        </mark>
      );
    }
    return (
      <mark
        key={segment.start}
        data-entity-id={entity.id}
        data-entity-type={entity.type}
        data-focused={entity.id === focusedId ? "" : undefined}
        className="entity"
        tabIndex={0}
        role="button"
        aria-haspopup="dialog"
        aria-description={entity.name === segment.text ? undefined : entity.name}
      >
        <Pieces segment={segment} highlight={highlight} />
      </mark>
    );
  });
});
