import { useEffect, useRef, type MouseEvent } from 'react';
import { useModalDialog } from '../lib/useModalDialog';
import type { Lane } from '../data/schema';
import { eventsAtTap, type MarkTap } from './pile';
import './pileChooser.css';

export interface PileChooserProps {
  /** Where the reader tapped the phone's overview strip. */
  tap: MarkTap;
  lanes: Lane[];
  /** Called with the id of the event the reader chose: at once when only one is at the spot. */
  onChoose: (id: string) => void;
  /** Called when the reader leaves without choosing (Escape, Close, a tap outside). */
  onClose: () => void;
}

/**
 * The event under a tap on the phone's overview strip or, where several share the spot
 * and are too small to tell apart, a choice between them: a modal list, so a finger, a
 * keyboard and a screen reader all reach each event by name.
 */
export function PileChooser({ tap, lanes, onChoose, onClose }: PileChooserProps) {
  const ids = eventsAtTap(tap);
  const items = ids.flatMap((id) => tap.drawn.filter((item) => item.id === id));
  const only = ids.length === 1 ? ids[0] : undefined;
  // Closed before onClose runs, so the timeline's own move of focus comes last.
  const { ref: dialogRef, close } = useModalDialog({
    onClose,
    closeOnBackdropClick: true,
    initialFocus: (element) => element.querySelector('button'),
  });

  useEffect(() => {
    if (only !== undefined) onChoose(only);
    // Once per tap: the parent gives a new tap for each.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tap]);

  // The tap that opened the chooser ends with a click at the same spot, which would land on
  // whatever choice is drawn there (or on the backdrop): clicks count only once a press has begun
  // inside the chooser (or come from a key, whose clicks have no press count).
  const pressedInside = useRef(false);
  const ignoreTheOpeningTap = (event: MouseEvent) => {
    if (pressedInside.current || event.detail === 0) return;
    event.preventDefault();
    event.stopPropagation();
  };

  if (only !== undefined) return null;
  return (
    <dialog
      ref={dialogRef}
      className="pile-chooser"
      aria-labelledby="pile-chooser-heading"
      onPointerDown={() => {
        pressedInside.current = true;
      }}
      onClickCapture={ignoreTheOpeningTap}
    >
      <div className="pile-chooser__body">
        <h2 id="pile-chooser-heading" className="pile-chooser__heading">
          {items.length} events close together here
        </h2>
        <p className="pile-chooser__lane">{lanes.find((lane) => lane.id === tap.lane)?.label}</p>
        <ul className="pile-chooser__list">
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" className="pile-chooser__choice" onClick={() => onChoose(item.id)}>
                <span className="pile-chooser__date">{item.dateLabel}</span>{' '}
                <span className="pile-chooser__title">{item.title ?? item.content}</span>
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="pile-chooser__close" onClick={close}>
          Close
        </button>
      </div>
    </dialog>
  );
}
