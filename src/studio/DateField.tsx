import { useId, useState } from 'react';

type Precision = 'year' | 'month' | 'day';

const PRECISIONS: { id: Precision; label: string }[] = [
  { id: 'year', label: 'Year' },
  { id: 'month', label: 'Month' },
  { id: 'day', label: 'Day' },
];

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
      {precision === 'year' ? (
        <input
          id={id}
          inputMode="numeric"
          pattern="\d{4}"
          placeholder="e.g. 2021"
          value={value}
          onChange={(event) => onChange(event.target.value.trim())}
        />
      ) : (
        <input id={id} type={precision === 'month' ? 'month' : 'date'} value={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </fieldset>
  );
}
