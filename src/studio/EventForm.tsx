import { useId } from 'react';
import type { CuratedEvent } from '../data/schema';
import { Field } from './ArticlesPane';
import { CorrectionsField } from './CorrectionsField';
import { DateField } from './DateField';
import type { Draft } from './draft';
import { EventEvidence } from './EventEvidence';
import { NamedChoice } from './NamedChoice';
import { fieldId } from './problemPlace';

export interface EventFormProps {
  draft: Draft;
  event: CuratedEvent;
  /** Changes fields of the event; `key` names the field for the undo history. */
  onChange: (patch: Partial<CuratedEvent>, key: string) => void;
  /** Adds a lane, kind or actor, and in the same step chooses it for the event (`choose` gives the fields that do). */
  onAddNamed: (list: 'lanes' | 'kinds' | 'actors', label: string, choose: (id: string) => Partial<CuratedEvent>) => void;
  onRename: (list: 'lanes' | 'kinds' | 'actors', id: string, label: string) => void;
  onRenameNamedId: (list: 'lanes' | 'kinds' | 'actors', id: string, next: string) => void;
  onRemove: () => void;
  /** A new id for the event; links to it follow. */
  onRenameId: (id: string) => void;
  /** The title field was left: a new event is named by its title. */
  onTitleDone: () => void;
}

const QUALIFIERS = ['', 'before', 'by', 'about', 'after'] as const;

/** Every field of one event, as the data contract has it. */
export function EventForm({
  draft,
  event,
  onChange,
  onAddNamed,
  onRename,
  onRenameNamedId,
  onRemove,
  onRenameId,
  onTitleDone,
}: EventFormProps) {
  const id = useId();
  const { story } = draft;
  const text = (
    name: 'title' | 'shortTitle' | 'summary' | 'dateBasis' | 'notes' | 'outsideKnowledge',
    label: string,
    rows = 0,
    hint?: string,
  ) => (
    <Field id={fieldId('event', name)} label={label} hint={hint}>
      {rows > 0 ? (
        <textarea
          id={fieldId('event', name)}
          rows={rows}
          value={event[name] ?? ''}
          onChange={(e) => onChange({ [name]: e.target.value }, name)}
        />
      ) : (
        <input
          id={fieldId('event', name)}
          value={event[name] ?? ''}
          onChange={(e) => onChange({ [name]: e.target.value }, name)}
          onBlur={name === 'title' ? onTitleDone : undefined}
        />
      )}
    </Field>
  );
  return (
    <form className="studio-event" aria-labelledby={`${id}-title`} onSubmit={(e) => e.preventDefault()}>
      <h3 id={`${id}-title`}>Event “{event.title || event.id}”</h3>
      <Field id={fieldId('event', 'id')} label="Id (in links to this event)">
        <input id={fieldId('event', 'id')} value={event.id} onChange={(e) => onRenameId(e.target.value)} />
      </Field>
      {text('title', 'Title', 0, 'An allegation names who makes it (“The UK says…”); keep the articles’ hedges.')}
      {text('shortTitle', 'Short label for the timeline (optional)')}
      {text('summary', 'Summary', 3, 'One or two sentences in your words; words in quotation marks must be the articles’ own.')}
      <div className="studio-row">
        <DateField id={fieldId('event', 'start')} label="Starts" value={event.start} onChange={(start) => onChange({ start }, 'start')} />
        <DateField
          id={fieldId('event', 'end')}
          label="Ends (optional)"
          value={event.end ?? ''}
          onChange={(end) => onChange({ end }, 'end')}
        />
      </div>
      <Field id={fieldId('event', 'qualifier')} label="The start is…">
        <select
          id={fieldId('event', 'qualifier')}
          value={event.qualifier ?? ''}
          onChange={(e) => onChange({ qualifier: (e.target.value || undefined) as CuratedEvent['qualifier'] }, 'qualifier')}
        >
          {QUALIFIERS.map((q) => (
            <option key={q} value={q}>
              {q === '' ? 'exact' : q}
            </option>
          ))}
        </select>
      </Field>
      {text('dateBasis', 'How the date was worked out', 2, "Quote the words the date comes from: 'in October 2022' (AFP).")}
      <NamedChoice
        id={fieldId('event', 'lane')}
        legend="Lane"
        noun="lane"
        kind="single"
        options={story.lanes}
        chosen={[event.lane]}
        onChoose={([lane]) => onChange({ lane: lane ?? '' }, 'lane')}
        onAdd={(label) => onAddNamed('lanes', label, (lane) => ({ lane }))}
        onRename={(laneId, label) => onRename('lanes', laneId, label)}
        onRenameId={(laneId, next) => onRenameNamedId('lanes', laneId, next)}
      />
      <NamedChoice
        id={fieldId('event', 'kinds')}
        legend="Kinds"
        noun="kind"
        kind="many"
        options={story.kinds}
        chosen={event.kinds}
        onChoose={(kinds) => onChange({ kinds }, 'kinds')}
        onAdd={(label) => onAddNamed('kinds', label, (kind) => ({ kinds: [...event.kinds, kind] }))}
        onRename={(kindId, label) => onRename('kinds', kindId, label)}
        onRenameId={(kindId, next) => onRenameNamedId('kinds', kindId, next)}
      />
      <fieldset className="studio-choice" id={fieldId('event', 'assertion')} tabIndex={-1}>
        <legend>On the record, or an allegation?</legend>
        {(['act', 'allegation'] as const).map((assertion) => (
          <label key={assertion}>
            <input
              type="radio"
              name={`${id}-assertion`}
              checked={event.assertion === assertion}
              onChange={() => onChange({ assertion }, 'assertion')}
            />
            {assertion === 'act' ? 'An act: done or said on the record' : 'An allegation: what someone says happened'}
          </label>
        ))}
      </fieldset>
      <NamedChoice
        id={fieldId('event', event.assertion === 'allegation' ? 'claimedBy' : 'by')}
        legend={event.assertion === 'allegation' ? 'Who makes the allegation' : 'Who did or said it (optional; required for a denial)'}
        noun="actor"
        kind="many"
        options={story.actors}
        chosen={(event.assertion === 'allegation' ? event.claimedBy : event.by) ?? []}
        onChoose={(actors) => onChange(event.assertion === 'allegation' ? { claimedBy: actors } : { by: actors }, 'actors')}
        onAdd={(label) => {
          const field = event.assertion === 'allegation' ? 'claimedBy' : 'by';
          onAddNamed('actors', label, (actor) => ({ [field]: [...(event[field] ?? []), actor] }));
        }}
        onRename={(actorId, label) => onRename('actors', actorId, label)}
        onRenameId={(actorId, next) => onRenameNamedId('actors', actorId, next)}
      />
      <EventEvidence draft={draft} event={event} onChange={onChange} />
      {text('notes', 'Presenter notes (optional, never shown to readers)', 2)}
      {text('outsideKnowledge', 'Not from the articles (optional, shown marked as such)', 2)}
      <CorrectionsField
        legend="Corrections to this event"
        corrections={event.corrections ?? []}
        onChange={(corrections) => onChange({ corrections }, 'corrections')}
      />
      <label className="studio-check">
        <input
          type="checkbox"
          checked={event.backdrop ?? false}
          onChange={(e) => onChange({ backdrop: e.target.checked || undefined }, 'backdrop')}
        />
        Draw as a shaded period behind its lane
      </label>
      <p>
        <button type="button" className="studio-danger" onClick={onRemove}>
          Delete this event
        </button>
      </p>
    </form>
  );
}
