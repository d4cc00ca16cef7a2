import { isFiltering, MAX_QUERY_LENGTH, NO_FILTER, type EventFilter } from '../data/search';
import type { Kind, Lane } from '../data/schema';
import { Popover } from '../ui/Popover';
import './filters.css';

export interface FilterBarProps {
  lanes: Lane[];
  kinds: Kind[];
  /** The current filter. */
  filter: EventFilter;
  /** Called with the part of the filter that changed. */
  onChange: (change: Partial<EventFilter>) => void;
  /** How many events pass the filter. */
  shown: number;
  /** How many events there are. */
  total: number;
}

function toggle(list: string[], id: string): string[] {
  return list.includes(id) ? list.filter((item) => item !== id) : [...list, id];
}

interface ChoiceGroupProps {
  legend: string;
  /** Everything that can be chosen. */
  options: { id: string; label: string }[];
  /** The ids chosen; none means all. */
  chosen: string[];
  onChange: (chosen: string[]) => void;
}

/** A row of toggle chips (checkboxes) under one legend. */
function ChoiceGroup({ legend, options, chosen, onChange }: ChoiceGroupProps) {
  return (
    <fieldset className="filters__group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="chip">
          <input type="checkbox" checked={chosen.includes(option.id)} onChange={() => onChange(toggle(chosen, option.id))} />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Search and filter controls, with the count of what they leave. */
export function FilterBar({ lanes, kinds, filter, onChange, shown, total }: FilterBarProps) {
  const filtering = isFiltering(filter);
  const chosen = filter.lanes.length + filter.kinds.length;
  return (
    <search className="filters no-print" aria-label="Find events">
      <div className="filters__search">
        <label htmlFor="event-search" className="visually-hidden">
          Search
        </label>
        <input
          id="event-search"
          type="search"
          value={filter.q}
          placeholder="Search titles, summaries, quotes"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY_LENGTH}
          onChange={(event) => onChange({ q: event.target.value })}
        />
      </div>
      {/* Folded into one button, so the toolbar stays one row and the timeline in the first screen. */}
      <Popover className="filters__choices" summary={`Lanes and kinds${chosen > 0 ? ` (${chosen} chosen)` : ''}`}>
        <ChoiceGroup legend="Lanes" options={lanes} chosen={filter.lanes} onChange={(chosen) => onChange({ lanes: chosen })} />
        <ChoiceGroup legend="Kinds" options={kinds} chosen={filter.kinds} onChange={(chosen) => onChange({ kinds: chosen })} />
      </Popover>
      <div className="filters__summary">
        <p className="filters__count" role="status">
          <strong>{shown}</strong> of {total} events
        </p>
        {filtering && (
          <button type="button" onClick={() => onChange(NO_FILTER)}>
            Clear filters
          </button>
        )}
      </div>
    </search>
  );
}
