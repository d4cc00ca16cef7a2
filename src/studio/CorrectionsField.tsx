import { useId } from 'react';
import type { Correction } from '../data/schema';

/** Corrections published since the story went out, oldest first: a day and what was wrong. */
export function CorrectionsField({
  legend,
  corrections,
  onChange,
}: {
  legend: string;
  corrections: Correction[];
  onChange: (next: Correction[]) => void;
}) {
  const id = useId();
  const set = (index: number, patch: Partial<Correction>) => onChange(corrections.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <fieldset className="studio-choice">
      <legend>{legend}</legend>
      {corrections.map((correction, index) => (
        <div key={index} className="studio-discrepancy">
          <label htmlFor={`${id}-date-${index}`}>Corrected on</label>
          <input id={`${id}-date-${index}`} type="date" value={correction.date} onChange={(e) => set(index, { date: e.target.value })} />
          <label htmlFor={`${id}-note-${index}`}>What was wrong</label>
          <textarea id={`${id}-note-${index}`} rows={2} value={correction.note} onChange={(e) => set(index, { note: e.target.value })} />
          <button type="button" onClick={() => onChange(corrections.filter((_, i) => i !== index))}>
            Remove this correction
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...corrections, { date: new Date().toISOString().slice(0, 10), note: '' }])}>
        Add a correction
      </button>
      <p className="studio-hint">Only for changes after publication; fixes before it are not corrections.</p>
    </fieldset>
  );
}
