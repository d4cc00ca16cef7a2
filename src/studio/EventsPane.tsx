import { memo, useId } from 'react';
import type { CuratedEvent } from '../data/schema';
import type { Draft } from './draft';
import { EventForm, type EventFormProps } from './EventForm';

export interface EventsPaneProps extends Pick<
  EventFormProps,
  'onChange' | 'onAddNamed' | 'onRename' | 'onRenameNamedId' | 'onRemove' | 'onRenameId' | 'onTitleDone'
> {
  draft: Draft;
  selected: number | null;
  onSelect: (index: number) => void;
  onNew: () => void;
}

/** The story's events, and the open one's fields. */
export function EventsPane({ draft, selected, onSelect, onNew, ...form }: EventsPaneProps) {
  const id = useId();
  const event = selected === null ? undefined : draft.story.events[selected];
  return (
    <section className="studio-pane" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Events</h2>
      {draft.story.events.length > 0 ? (
        <EventChoices events={draft.story.events} selected={selected} onSelect={onSelect} />
      ) : (
        <p className="studio-hint">No events yet. Select words in an article and choose “New event from selection”, or start one here.</p>
      )}
      <button type="button" id="studio-new-event" onClick={onNew}>
        New event
      </button>
      {event && <EventForm key={selected} draft={draft} event={event} {...form} />}
    </section>
  );
}

/**
 * The list of events to choose from. Memoised: the checks re-render the studio for each draft
 * they catch up with, and a story of 1,000 events would otherwise redraw its list each time.
 */
const EventChoices = memo(function EventChoices({
  events,
  selected,
  onSelect,
}: {
  events: CuratedEvent[];
  selected: number | null;
  onSelect: (index: number) => void;
}) {
  return (
    <ul className="studio-choices studio-choices--events" aria-label="Events in this story">
      {events.map((e, index) => (
        <li key={`${index}:${e.id}`}>
          <button type="button" aria-pressed={index === selected} onClick={() => onSelect(index)}>
            <span className="studio-choices__date">{e.start || 'no date'}</span> {e.title || e.id}
            {e.unsourced && <span className="studio-choices__unsourced"> · no source yet</span>}
          </button>
        </li>
      ))}
    </ul>
  );
});
