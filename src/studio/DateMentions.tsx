import { useId } from 'react';
import { formatDateRange } from '../data/dates';
import type { DateMention } from '../data/dateMentions';

export interface CitedMention {
  mention: DateMention;
  /** Titles of the events whose citations hold the mention's words. */
  citedBy: string[];
}

/** Every date the article mentions, as resolved, whether an event cites it, and a way to start one from it. */
export function DateMentions({ mentions, onNewEvent }: { mentions: CitedMention[]; onNewEvent: (mention: DateMention) => void }) {
  const id = useId();
  const shown = mentions.filter(({ mention }) => !mention.inDateline);
  return (
    <details className="studio-mentions">
      <summary id={`${id}-title`}>
        Dates this article mentions ({shown.length}, {shown.filter((m) => m.citedBy.length === 0).length} cited by no event)
      </summary>
      <ol aria-labelledby={`${id}-title`}>
        {shown.map(({ mention, citedBy }) => (
          <li key={mention.start}>
            <p>
              <q>{mention.words}</q> →{' '}
              <strong>{mention.date ? formatDateRange(mention.date, mention.endDate, mention.qualifier) : 'date unknown'}</strong>
            </p>
            <p className="studio-hint">{mention.basis}</p>
            <p className="studio-hint">
              {citedBy.length > 0 ? `Cited in ${citedBy.map((title) => `“${title}”`).join(', ')}` : 'Cited by no event'}
            </p>
            <button
              type="button"
              disabled={!mention.date}
              aria-label={`New event from this mention: “${mention.words}”`}
              onClick={() => onNewEvent(mention)}
            >
              New event from this mention
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
