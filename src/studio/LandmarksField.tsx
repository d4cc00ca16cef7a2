import { useId } from 'react';
import type { Landmark } from '../data/schema';

/** Headline periods a reader can jump to, each a label and a period at any precision. */
export function LandmarksField({ landmarks, onChange }: { landmarks: Landmark[]; onChange: (landmarks: Landmark[]) => void }) {
  const id = useId();
  const set = (index: number, patch: Partial<Landmark>) =>
    onChange(
      landmarks.map((landmark, i) => {
        if (i !== index) return landmark;
        const { end, ...rest } = { ...landmark, ...patch };
        return end ? { ...rest, end } : rest;
      }),
    );
  return (
    <details className="studio-story">
      <summary>Periods to jump to ({landmarks.length})</summary>
      {landmarks.map((landmark, index) => (
        <fieldset key={index} className="studio-choice">
          <legend>{landmark.label || `Period ${index + 1}`}</legend>
          <label htmlFor={`${id}-label-${index}`}>Button text</label>
          <input id={`${id}-label-${index}`} value={landmark.label} onChange={(e) => set(index, { label: e.target.value })} />
          <label htmlFor={`${id}-start-${index}`}>From (2014, 2022-10 or 2024-03-25)</label>
          <input id={`${id}-start-${index}`} value={landmark.start} onChange={(e) => set(index, { start: e.target.value.trim() })} />
          <label htmlFor={`${id}-end-${index}`}>To (optional)</label>
          <input id={`${id}-end-${index}`} value={landmark.end ?? ''} onChange={(e) => set(index, { end: e.target.value.trim() })} />
          <button type="button" onClick={() => onChange(landmarks.filter((_, i) => i !== index))}>
            Remove this period
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...landmarks, { label: '', start: '' }])}>
        Add a period
      </button>
    </details>
  );
}
