import { isPartialDate } from '../data/dates';
import { useId, useState } from 'react';

type Precision = 'year' | 'month' | 'day';

const PRECISIONS: { id: Precision; label: string }[] = [
  { id: 'year', label: 'Year' },
  { id: 'month', label: 'Month' },
  { id: 'day', label: 'Day' },
];

/** Whether the browser's own month or day control can show the value; one it cannot is shown as typed text instead. */
const shownByPicker = (value: string, precision: Precision) => precision !== 'year' && (value === '' || isPartialDate(value));

function precisionOf(value: string): Precision {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  return 'year';
}

/** The date at another precision: what is known is kept, nothing is made up (a year never becomes 1 January). */
function atPrecision(value: string, precision: Precision): string {
  const [year = '', month, day] = value.split('-');
  if (precision === 'year') return year;
  if (precision === 'month') return month ? `${year}-${month}` : '';
  return month && day ? value : '';
}

/** A date at the precision the articles support: a year, a month or a day, as ISO 8601. */
export function DateField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  // Chosen before a date is given at it (a month not yet picked).
  const [chosen, setChosen] = useState(precisionOf(value));
  const precision = value === '' ? chosen : precisionOf(value);
  const precisionId = useId();
  return (
    <fieldset className="studio-date">
      <legend>{label}</legend>
      <label htmlFor={precisionId}>Precision</label>
      <select
        id={precisionId}
        value={precision}
        onChange={(event) => {
          const next = event.target.value as Precision;
          setChosen(next);
          onChange(atPrecision(value, next));
        }}
      >
        {PRECISIONS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
      <label htmlFor={id}>{PRECISIONS.find((p) => p.id === precision)?.label}</label>
      {!shownByPicker(value, precision) ? (
        // A year, or a date the pickers cannot show (2024-13): as text, so it can be seen and put right.
        <input id={id} inputMode="numeric" placeholder="e.g. 2021" value={value} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input id={id} type={precision === 'month' ? 'month' : 'date'} value={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </fieldset>
  );
}
