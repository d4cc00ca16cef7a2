import { useId } from 'react';
import type { CuratedCitation, CuratedDiscrepancy, CuratedEvent, Relation } from '../data/schema';
import type { Draft } from './draft';
import { fieldId } from './problemPlace';

export interface EventEvidenceProps {
  draft: Draft;
  event: CuratedEvent;
  onChange: (patch: Partial<CuratedEvent>, key: string) => void;
}

const sameCitation = (a: CuratedCitation, b: CuratedCitation) => a.source === b.source && a.quote === b.quote;

/** A quote's first words, to tell one Remove button from another. */
const shortQuote = (quote: string) => (quote.length > 40 ? `${quote.slice(0, 40)}…` : quote);

/** What a disagreement can set side by side: the event's citations and the words cited into it. */
function sidesOf(event: CuratedEvent, discrepancy: CuratedDiscrepancy): CuratedCitation[] {
  return [...event.citations, ...discrepancy.citations.filter((cited) => !event.citations.some((c) => sameCitation(c, cited)))];
}

/** An event's citations, where its articles disagree, and its links to other events. */
export function EventEvidence({ draft, event, onChange }: EventEvidenceProps) {
  const id = useId();
  const labelOf = (source: string) => draft.manifest.find((entry) => entry.id === source)?.label ?? source;
  const discrepancies = event.discrepancies ?? [];
  const relations = event.relations ?? [];
  const setDiscrepancy = (index: number, patch: Partial<CuratedDiscrepancy>) =>
    onChange({ discrepancies: discrepancies.map((d, i) => (i === index ? { ...d, ...patch } : d)) }, `discrepancy-${index}`);
  const setRelation = (index: number, patch: Partial<Relation>) =>
    onChange({ relations: relations.map((r, i) => (i === index ? { ...r, ...patch } : r)) }, `relation-${index}`);
  const others = draft.story.events.filter((other) => other.id !== event.id);

  return (
    <>
      <fieldset className="studio-choice">
        <legend>Citations</legend>
        {event.unsourced ? (
          <p className="studio-hint" id={fieldId('event', 'unsourced')} tabIndex={-1}>
            No source article yet: this event came from another timeline
            {event.origin ? ` with ${[event.origin.credit, event.origin.caption, event.origin.link].filter(Boolean).join(' — ')}` : ''}.
            Readers see it marked so. Select an article’s words and choose “Cite in this event” to source it.
          </p>
        ) : (
          event.citations.length === 0 && (
            <p className="studio-hint">None yet: select the article’s words and choose “Cite in this event”.</p>
          )
        )}
        <ol className="studio-citations">
          {event.citations.map((citation, index) => (
            <li key={`${citation.source}:${citation.quote}`} id={fieldId('citation', index)} tabIndex={-1}>
              <span className="studio-citation__source">{labelOf(citation.source)}</span> <q>{citation.quote}</q>{' '}
              <button
                type="button"
                aria-label={`Remove the citation “${shortQuote(citation.quote)}” from ${labelOf(citation.source)}`}
                onClick={() => onChange({ citations: event.citations.filter((_, i) => i !== index) }, 'citations')}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      </fieldset>
      <fieldset className="studio-choice">
        <legend>Where the articles disagree</legend>
        {discrepancies.map((discrepancy, index) => (
          <div key={index} className="studio-discrepancy">
            <label htmlFor={`${id}-topic-${index}`}>What they disagree on</label>
            <input
              id={`${id}-topic-${index}`}
              value={discrepancy.topic}
              onChange={(e) => setDiscrepancy(index, { topic: e.target.value })}
            />
            <label htmlFor={`${id}-note-${index}`}>A neutral note: what differs, without picking a side</label>
            <textarea
              id={`${id}-note-${index}`}
              rows={2}
              value={discrepancy.note}
              onChange={(e) => setDiscrepancy(index, { note: e.target.value })}
            />
            <p className="studio-hint">
              Each side in the articles’ words, two or more: this event’s citations, or words cited here from an article (“Cite in
              disagreement”).
            </p>
            {sidesOf(event, discrepancy).map((citation) => (
              <label key={`${citation.source}:${citation.quote}`} className="studio-check">
                <input
                  type="checkbox"
                  checked={discrepancy.citations.some((c) => sameCitation(c, citation))}
                  onChange={(e) =>
                    setDiscrepancy(index, {
                      citations: e.target.checked
                        ? [...discrepancy.citations, citation]
                        : discrepancy.citations.filter((c) => !sameCitation(c, citation)),
                    })
                  }
                />
                {labelOf(citation.source)}: “{citation.quote}”
              </label>
            ))}
            <button type="button" onClick={() => onChange({ discrepancies: discrepancies.filter((_, i) => i !== index) }, 'discrepancies')}>
              Remove this disagreement
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => onChange({ discrepancies: [...discrepancies, { topic: '', note: '', citations: [] }] }, 'discrepancies')}
        >
          Add a disagreement
        </button>
      </fieldset>
      <fieldset className="studio-choice">
        <legend>Links to other events</legend>
        {relations.map((relation, index) => (
          <div key={index} className="studio-row">
            <label htmlFor={`${id}-relation-${index}`}>This event</label>
            <select
              id={`${id}-relation-${index}`}
              value={relation.type}
              onChange={(e) => setRelation(index, { type: e.target.value as Relation['type'] })}
            >
              <option value="denies">denies</option>
              <option value="responds-to">responds to</option>
            </select>
            <label htmlFor={`${id}-relation-event-${index}`}>Event</label>
            <select
              id={`${id}-relation-event-${index}`}
              value={relation.event}
              onChange={(e) => setRelation(index, { event: e.target.value })}
            >
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.title}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => onChange({ relations: relations.filter((_, i) => i !== index) }, 'relations')}>
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          disabled={others.length === 0}
          onClick={() => onChange({ relations: [...relations, { type: 'responds-to', event: others[0]?.id ?? '' }] }, 'relations')}
        >
          Add a link
        </button>
      </fieldset>
    </>
  );
}
