import { useId, useState } from 'react';
import type { Actor } from '../data/schema';

/** The names a list of aliases is written in: comma-separated, as a journalist would type them. */
const aliasesOf = (text: string) =>
  text
    .split(',')
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '');

/** Who the story quotes: each actor's label and the other names the articles use for them. */
export interface ActorsFieldProps {
  actors: Actor[];
  onChange: (actors: Actor[]) => void;
  onAdd: (label: string) => void;
  /** A new id; the events that name the actor follow. */
  onRenameId: (id: string, next: string) => void;
}

export function ActorsField({ actors, onChange, onAdd, onRenameId }: ActorsFieldProps) {
  const id = useId();
  const [adding, setAdding] = useState('');
  const set = (index: number, patch: Partial<Actor>) =>
    onChange(
      actors.map((actor, i) => {
        if (i !== index) return actor;
        const { aliases, ...rest } = { ...actor, ...patch };
        return aliases && aliases.length > 0 ? { ...rest, aliases } : rest;
      }),
    );
  return (
    <details className="studio-story">
      <summary>Who the story quotes ({actors.length})</summary>
      <p className="studio-hint">
        Only names the articles print. A summary naming an actor or one of its other names attributes a claim to it.
      </p>
      {actors.map((actor, index) => (
        // Keyed by its aliases too: an undo or another draft puts its own in the field.
        <div key={`${index}:${(actor.aliases ?? []).join(',')}`} className="studio-actor">
          <label htmlFor={`${id}-label-${index}`}>Name</label>
          <input id={`${id}-label-${index}`} value={actor.label} onChange={(e) => set(index, { label: e.target.value })} />
          <label htmlFor={`${id}-id-${index}`}>Id</label>
          <input id={`${id}-id-${index}`} value={actor.id} onChange={(e) => onRenameId(actor.id, e.target.value)} />
          <label htmlFor={`${id}-aliases-${index}`}>Other names, comma-separated</label>
          <input
            id={`${id}-aliases-${index}`}
            defaultValue={(actor.aliases ?? []).join(', ')}
            onBlur={(e) => set(index, { aliases: aliasesOf(e.target.value) })}
          />
        </div>
      ))}
      <span className="studio-add-named">
        <label htmlFor={`${id}-new`}>New actor</label>
        <input id={`${id}-new`} value={adding} onChange={(e) => setAdding(e.target.value)} />
        <button
          type="button"
          onClick={() => {
            if (adding.trim() === '') return;
            onAdd(adding.trim());
            setAdding('');
          }}
        >
          Add actor
        </button>
      </span>
    </details>
  );
}
