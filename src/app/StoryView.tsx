import { useCallback, useEffect, useMemo } from 'react';
import type { Timeline } from '../data/schema';
import { chronological, findEvent, stepEvent } from '../data/selectors';
import { useHashParam } from '../lib/useHashParam';
import { SourcePanel } from '../sources/SourcePanel';
import { SourcesIntro } from '../sources/SourcesIntro';
import { EventList } from '../timeline/EventList';
import { TimelineView } from '../timeline/TimelineView';

const PANEL_HEADING_ID = 'source-panel-heading';

export function StoryView({ timeline }: { timeline: Timeline }) {
  const [selectedId, setSelectedId] = useHashParam('event');
  const ordered = useMemo(() => chronological(timeline.events), [timeline]);
  const selected = findEvent(timeline, selectedId);
  const unknownId = selectedId !== null && !selected ? selectedId : null;

  const step = useCallback(
    (direction: 1 | -1) => {
      const next = stepEvent(ordered, selectedId, direction);
      if (next) setSelectedId(next.id);
    },
    [ordered, selectedId, setSelectedId],
  );

  // Choosing from the list moves focus to what was chosen, so a keyboard or
  // screen-reader user lands on the evidence rather than staying in the list.
  const selectFromList = (id: string) => {
    setSelectedId(id);
    requestAnimationFrame(() => document.getElementById(PANEL_HEADING_ID)?.focus());
  };

  useEffect(() => {
    document.title = selected ? `${selected.title} · ${timeline.title}` : timeline.title;
  }, [selected, timeline.title]);

  return (
    <div className="page">
      <header className="masthead">
        <p className="masthead__kicker">Interactive timeline · {timeline.events.length} events · {timeline.sources.length} articles</p>
        <h1 className="masthead__title">{timeline.title}</h1>
        <p className="masthead__dek">{timeline.description}</p>
      </header>

      <main className="story">
        <div className="story__main">
          <TimelineView
            events={timeline.events}
            lanes={timeline.lanes}
            selectedId={selected?.id ?? null}
            onSelect={setSelectedId}
            onStep={step}
          />
          {unknownId !== null && (
            <p className="notice" role="status">
              There is no event “{unknownId}” in this story; showing the whole timeline instead.
            </p>
          )}
          <EventList
            events={ordered}
            lanes={timeline.lanes}
            sourceCount={timeline.sources.length}
            selectedId={selected?.id ?? null}
            onSelect={selectFromList}
          />
        </div>
        <aside className="story__panel" aria-label="Sources">
          {selected ? (
            <SourcePanel
              key={selected.id}
              timeline={timeline}
              event={selected}
              headingId={PANEL_HEADING_ID}
              onClose={() => setSelectedId(null)}
              onStep={step}
            />
          ) : (
            <SourcesIntro timeline={timeline} />
          )}
        </aside>
      </main>

      <footer className="colophon">
        <p>
          Every event is drawn from the articles listed above and quotes them word for word; each quote is checked
          against the article text when the site is built. Dates the articles give only loosely are drawn as the whole
          month or year they could mean.
        </p>
      </footer>
    </div>
  );
}
