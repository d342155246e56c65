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
  /** Words of the search that led here, marked inside whatever they fall in. */
  searchHits?: readonly Range[];
}

const NO_HITS: readonly Range[] = [];

function Pieces({
  segment,
  highlight,
  hits,
}: {
  segment: Segment<Mention>;
  highlight: Range | null;
  hits: readonly Range[];
}) {
  if (!highlight && hits.length === 0) return segment.text;
  return splitByHighlight(segment, highlight).map((piece) => {
    const text = hits.length > 0 ? <SearchHits piece={piece} hits={hits} /> : piece.text;
    return piece.highlighted ? (
      <mark key={piece.start} data-quote="" className="quote">
        {text}
      </mark>
    ) : (
      <Fragment key={piece.start}>{text}</Fragment>
    );
  });
}

/** A piece of text with the search's words in it marked (hits are block offsets; a hit cut by a piece is skipped). */
function SearchHits({ piece, hits }: { piece: { start: number; end: number; text: string }; hits: readonly Range[] }) {
  const local = hits
    .filter((h) => h.start >= piece.start && h.end <= piece.end)
    .map((h) => ({ start: h.start - piece.start, end: h.end - piece.start }));
  if (local.length === 0) return piece.text;
  return segmentText(piece.text, local).map((s) =>
    s.range ? (
      <mark key={s.start} className="search-hit">
        {s.text}
      </mark>
    ) : (
      <Fragment key={s.start}>{s.text}</Fragment>
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
  searchHits = NO_HITS,
}: EntityTextProps) {
  const segments = useMemo(() => segmentText(text, mentions), [text, mentions]);
  return segments.map((segment) => {
    const entity = segment.range ? entities.get(segment.range.entityId) : undefined;
    if (!entity) {
      return (
        <span key={segment.start}>
          <Pieces segment={segment} highlight={highlight} hits={searchHits} />
        </span>
      );
    }
    if (hiddenTypes.includes(entity.type)) {
      return (
        <mark key={segment.start} data-entity-id={entity.id} data-entity-type={entity.type} data-hidden="">
          <Pieces segment={segment} highlight={highlight} hits={searchHits} />
        </mark>
      );
    }
    return (
      // aria-description is a global attribute in ARIA 1.3, read by screen readers; the rule's table predates it.
      // eslint-disable-next-line jsx-a11y/role-supports-aria-props
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
        <Pieces segment={segment} highlight={highlight} hits={searchHits} />
      </mark>
    );
  });
});
