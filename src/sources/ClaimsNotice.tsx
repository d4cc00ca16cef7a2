import { deniers, namesList, type Claims } from '../data/claims';
import { formatDateRange } from '../data/dates';
import type { TimelineEvent } from '../data/schema';

export interface ClaimsNoticeProps {
  claims: Claims;
  /** Opens another event: a denial, or what this one answers. */
  onShowEvent: (id: string) => void;
}

const names = (actors: { label: string }[]) => namesList(actors.map((actor) => actor.label));

/** The other events named here, one a line, each a click away. */
function EventLinks({ events, onShowEvent }: { events: TimelineEvent[]; onShowEvent: (id: string) => void }) {
  return (
    <ul className="claims__events">
      {events.map((event) => (
        <li key={event.id}>
          <button type="button" className="link-button" onClick={() => onShowEvent(event.id)}>
            {event.title}
          </button>{' '}
          <span className="claims__date">({formatDateRange(event.start, event.end, event.qualifier, 'short')})</span>
        </li>
      ))}
    </ul>
  );
}

/** Who says so: an allegation's claimants and deniers, an act's actors, and the events it is linked to. */
export function ClaimsNotice({ claims, onShowEvent }: ClaimsNoticeProps) {
  const { assertion, claimedBy, by, deniedBy, denies, respondsTo, responses } = claims;
  const lines = [
    assertion === 'allegation' && (
      <p key="alleged" className="claims__line claims__line--allegation">
        <strong>{claimedBy.length > 0 ? 'Alleged by' : 'An allegation'}</strong> {names(claimedBy)}
      </p>
    ),
    assertion === 'act' && by.length > 0 && (
      <p key="by" className="claims__line">
        <strong>On the record:</strong> {names(by)}.
      </p>
    ),
    deniedBy.length > 0 && (
      <div key="denied" className="claims__line">
        <strong>Denied by {namesList(deniers(claims)) || 'another party'}:</strong>
        <EventLinks events={deniedBy.map(({ event }) => event)} onShowEvent={onShowEvent} />
      </div>
    ),
    denies.length > 0 && (
      <div key="denies" className="claims__line">
        <strong>Denies:</strong>
        <EventLinks events={denies} onShowEvent={onShowEvent} />
      </div>
    ),
    respondsTo.length > 0 && (
      <div key="responds" className="claims__line">
        <strong>In response to:</strong>
        <EventLinks events={respondsTo} onShowEvent={onShowEvent} />
      </div>
    ),
    responses.length > 0 && (
      <div key="responses" className="claims__line">
        <strong>Responses:</strong>
        <EventLinks events={responses} onShowEvent={onShowEvent} />
      </div>
    ),
  ].filter(Boolean);
  if (lines.length === 0) return null;
  return (
    <section className="claims" aria-label="Who says so">
      {lines}
    </section>
  );
}
