import { useState } from 'react';

interface Named {
  id: string;
  label: string;
}

export interface NamedChoiceProps {
  id: string;
  legend: string;
  /** What one of them is called, for the controls that add one: "lane", "kind", "actor". */
  noun: string;
  /** One to choose (a lane) or any number (kinds, actors). */
  kind: 'single' | 'many';
  options: Named[];
  chosen: string[];
  onChoose: (ids: string[]) => void;
  /** Adds a new one by its label (and chooses it). */
  onAdd: (label: string) => void;
  onRename: (id: string, label: string) => void;
  /** A new id; the events that name it follow. */
  onRenameId: (id: string, next: string) => void;
}

/** Lanes, kinds or actors to choose from, with a way to add one and to rename them. */
export function NamedChoice({ id, legend, noun, kind, options, chosen, onChoose, onAdd, onRename, onRenameId }: NamedChoiceProps) {
  const [adding, setAdding] = useState('');
  const add = () => {
    if (adding.trim() === '') return;
    onAdd(adding.trim());
    setAdding('');
  };
  return (
    <fieldset className="studio-choice" id={id} tabIndex={-1}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id}>
          <input
            type={kind === 'single' ? 'radio' : 'checkbox'}
            name={id}
            checked={chosen.includes(option.id)}
            onChange={(event) =>
              onChoose(
                kind === 'single' ? [option.id] : event.target.checked ? [...chosen, option.id] : chosen.filter((c) => c !== option.id),
              )
            }
          />
          {option.label}
        </label>
      ))}
      <span className="studio-add-named">
        <label htmlFor={`${id}-new`}>New {noun}</label>
        <input
          id={`${id}-new`}
          value={adding}
          onChange={(event) => setAdding(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          Add {noun}
        </button>
      </span>
      {options.length > 0 && (
        <details>
          <summary>Rename</summary>
          {options.map((option, index) => (
            <span key={index} className="studio-rename">
              <label htmlFor={`${id}-rename-${index}`}>Name of “{option.id}”</label>
              <input id={`${id}-rename-${index}`} value={option.label} onChange={(event) => onRename(option.id, event.target.value)} />
              <label htmlFor={`${id}-id-${index}`}>Id of “{option.label}”</label>
              <input id={`${id}-id-${index}`} value={option.id} onChange={(event) => onRenameId(option.id, event.target.value)} />
            </span>
          ))}
        </details>
      )}
    </fieldset>
  );
}
