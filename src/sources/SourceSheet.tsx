import { useEffect, useRef, type ReactNode } from 'react';
import { focusInFrame } from '../lib/reveal';

export interface SourceSheetProps {
  /** The id of the heading that names the sheet. */
  labelledBy: string;
  /** Called when the reader dismisses the sheet (Escape, or the panel's own Close). */
  onClose: () => void;
  children: ReactNode;
}

/** On phones the source panel is a full-screen modal sheet over the list. */
export function SourceSheet({ labelledBy, onClose, children }: SourceSheetProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    focusInFrame(element.querySelector<HTMLElement>(`#${CSS.escape(labelledBy)}`));
    return () => element.close();
  }, [labelledBy]);

  return (
    <dialog
      ref={dialog}
      className="source-sheet"
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        // Let React own the open state: close through the app, not the browser.
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
