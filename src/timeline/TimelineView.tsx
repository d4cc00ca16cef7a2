import { useMemo, useRef, type KeyboardEvent } from 'react';
import type { Lane, TimelineEvent } from '../data/schema';
import { toTimelineGroups, toTimelineItems } from './toTimelineItems';
import { useVisTimeline } from './useVisTimeline';
import './timeline.css';

export interface TimelineViewProps {
  /** The events to draw, in any order. */
  events: TimelineEvent[];
  /** The lanes, in the order their rows appear. */
  lanes: Lane[];
  /** The selected event's id, or null. */
  selectedId: string | null;
  /** Called with an event id when the reader selects one, or null when they clear it. */
  onSelect: (id: string | null) => void;
  /** Called when the reader steps through events with the arrow keys. */
  onStep: (step: 1 | -1) => void;
}

export function TimelineView({ events, lanes, selectedId, onSelect, onStep }: TimelineViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const items = useMemo(() => toTimelineItems(events, lanes), [events, lanes]);
  const groups = useMemo(() => toTimelineGroups(lanes), [lanes]);
  const controls = useVisTimeline(container, items, groups, selectedId, onSelect);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      onStep(event.key === 'ArrowRight' ? 1 : -1);
    } else if (event.key === 'Escape') {
      onSelect(null);
    }
  };

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline__bar">
        <h2 id="timeline-heading" className="timeline__heading">Timeline</h2>
        <p className="timeline__hint" id="timeline-hint">
          Click an event to see its sources. Drag to pan; Ctrl + scroll or pinch to zoom.
        </p>
        <div className="timeline__tools" role="toolbar" aria-label="Timeline zoom">
          <button type="button" onClick={controls.zoomIn}>Zoom in</button>
          <button type="button" onClick={controls.zoomOut}>Zoom out</button>
          <button type="button" onClick={controls.fit}>Fit all</button>
        </div>
      </div>
      <div
        ref={container}
        className="timeline__canvas"
        role="group"
        tabIndex={0}
        aria-label="Timeline of events by country. Use the left and right arrow keys to step through events."
        aria-describedby="timeline-hint"
        onKeyDown={onKeyDown}
      />
    </section>
  );
}
