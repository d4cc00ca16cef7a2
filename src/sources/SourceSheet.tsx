import type { ReactNode } from 'react';
import { useModalDialog } from '../lib/useModalDialog';

export interface SourceSheetProps {
  /** The id of the heading that names the sheet. */
  labelledBy: string;
  /** Called when the reader dismisses the sheet (Escape, or the panel's own Close). */
  onClose: () => void;
  children: ReactNode;
}

/** On phones the source panel is a full-screen modal sheet over the list. */
export function SourceSheet({ labelledBy, onClose, children }: SourceSheetProps) {
  const { ref: dialogRef } = useModalDialog({
    onClose,
    initialFocus: (element) => element.querySelector<HTMLElement>(`#${CSS.escape(labelledBy)}`),
  });
  return (
    <dialog ref={dialogRef} className="source-sheet" aria-labelledby={labelledBy}>
      {children}
    </dialog>
  );
}
