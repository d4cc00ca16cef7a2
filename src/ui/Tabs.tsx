import type { KeyboardEvent } from 'react';
import { focusInFrame } from '../lib/reveal';
import './tabs.css';

export interface Tab<Id extends string> {
  id: Id;
  label: string;
}

export interface TabsProps<Id extends string> {
  /** Names the tab list for screen readers. */
  label: string;
  tabs: Tab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
}

/** The id of a tab's button, for its panel's aria-labelledby. */
export const tabId = (id: string) => `tab-${id}`;
/** The id of a tab's panel, for its button's aria-controls. */
export const tabPanelId = (id: string) => `tabpanel-${id}`;

/** An ARIA tab list: Left and Right move between tabs, Home and End to the ends. */
export function Tabs<Id extends string>({ label, tabs, selected, onSelect }: TabsProps<Id>) {
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length];
    if (!tab) return;
    onSelect(tab.id);
    focusInFrame(document.getElementById(tabId(tab.id)));
  };
  return (
    // The arrow keys move between the tabs, which take focus themselves (the list is not a stop of its own).
    // eslint-disable-next-line jsx-a11y/interactive-supports-focus
    <div className="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          id={tabId(tab.id)}
          type="button"
          role="tab"
          className="tabs__tab"
          aria-selected={tab.id === selected}
          aria-controls={tab.id === selected ? tabPanelId(tab.id) : undefined}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
