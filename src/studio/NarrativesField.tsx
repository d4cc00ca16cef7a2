import { useId } from 'react';
import type { Narrative } from '../data/schema';

type NarrativeStep = Narrative['steps'][number];

/** Optional fields cleared are left out, as a curator leaves them out. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
import type { Draft } from './draft';
import { toId, uniqueId } from '../data/idPattern';

/** Named orders to present events in (briefings), each a list of steps through the story's events. */
export function NarrativesField({ draft, onChange }: { draft: Draft; onChange: (narratives: Narrative[]) => void }) {
  const id = useId();
  const narratives = draft.story.narratives ?? [];
  const events = draft.story.events;
  const set = (index: number, patch: Partial<Narrative>) =>
    onChange(narratives.map((n, i) => (i === index ? withoutUndefined({ ...n, ...patch }) : n)));
  const setStep = (index: number, s: number, patch: Partial<NarrativeStep>) =>
    set(index, { steps: narratives[index]!.steps.map((step, j) => (j === s ? withoutUndefined({ ...step, ...patch }) : step)) });
  return (
    <details className="studio-story">
      <summary>Story orders for briefings ({narratives.length})</summary>
      {narratives.map((narrative, index) => (
        <fieldset key={index} className="studio-choice">
          <legend>{narrative.title || 'Untitled order'}</legend>
          <label htmlFor={`${id}-id-${index}`}>Id</label>
          <input id={`${id}-id-${index}`} value={narrative.id} onChange={(e) => set(index, { id: e.target.value })} />
          <label htmlFor={`${id}-title-${index}`}>Title</label>
          <input id={`${id}-title-${index}`} value={narrative.title} onChange={(e) => set(index, { title: e.target.value })} />
          <label htmlFor={`${id}-description-${index}`}>Description (optional)</label>
          <input
            id={`${id}-description-${index}`}
            value={narrative.description ?? ''}
            onChange={(e) => set(index, { description: e.target.value || undefined })}
          />
          <ol className="studio-citations">
            {narrative.steps.map((step, s) => (
              <li key={s}>
                <label htmlFor={`${id}-step-${index}-${s}`}>Step {s + 1}</label>{' '}
                <select id={`${id}-step-${index}-${s}`} value={step.event} onChange={(e) => setStep(index, s, { event: e.target.value })}>
                  {events.map((event) => (
                    <option key={event.id} value={event.id}>
                      {event.title || event.id}
                    </option>
                  ))}
                </select>{' '}
                <button type="button" onClick={() => set(index, { steps: narrative.steps.filter((_, j) => j !== s) })}>
                  Remove step {s + 1}
                </button>
                <label htmlFor={`${id}-step-title-${index}-${s}`}>Title for this step (optional)</label>
                <input
                  id={`${id}-step-title-${index}-${s}`}
                  value={step.title ?? ''}
                  onChange={(e) => setStep(index, s, { title: e.target.value || undefined })}
                />
                <label htmlFor={`${id}-step-note-${index}-${s}`}>Presenter note for this step (optional)</label>
                <textarea
                  id={`${id}-step-note-${index}-${s}`}
                  rows={2}
                  value={step.note ?? ''}
                  onChange={(e) => setStep(index, s, { note: e.target.value || undefined })}
                />
              </li>
            ))}
          </ol>
          <button
            type="button"
            disabled={events.length === 0}
            onClick={() => set(index, { steps: [...narrative.steps, { event: events[0]?.id ?? '' }] })}
          >
            Add a step
          </button>
          <button type="button" onClick={() => onChange(narratives.filter((_, i) => i !== index))}>
            Delete this order
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([
            ...narratives,
            {
              id: uniqueId(
                toId('briefing', 'order'),
                narratives.map((n) => n.id),
              ),
              title: 'Briefing',
              steps: events[0] ? [{ event: events[0].id }] : [],
            },
          ])
        }
      >
        Add a story order
      </button>
    </details>
  );
}
