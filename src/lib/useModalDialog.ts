import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useLatest } from './useLatest';

export interface ModalDialogOptions {
  /** Called when the reader leaves: Escape, the dialog's own Close (through `close`), or the backdrop where that closes it. */
  onClose: () => void;
  /** A click or tap on the dimmed page around the dialog closes it. */
  closeOnBackdropClick?: boolean;
  /** The element to focus on opening; without it, the browser chooses. */
  initialFocus?: (dialog: HTMLDialogElement) => HTMLElement | null | undefined;
  /** Where focus goes on closing; without it, back to the element that had it when the dialog opened. */
  returnFocusTo?: () => HTMLElement | null | undefined;
}

export interface ModalDialog {
  /** For the `<dialog>` element. */
  ref: RefObject<HTMLDialogElement | null>;
  /** Closes the dialog, gives focus back, then calls `onClose`: for the dialog's own Close button. */
  close: () => void;
}

/** Whether a click at this point fell outside the dialog's box, on its backdrop (which the browser reports as the dialog). */
function onBackdrop(dialog: HTMLDialogElement, event: MouseEvent): boolean {
  if (event.target !== dialog) return false;
  const box = dialog.getBoundingClientRect();
  return event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
}

/**
 * A modal `<dialog>` that React opens and closes: shown with showModal() when it mounts
 * (focus trapped, the page behind inert), closed when it unmounts. Escape and the backdrop
 * (where wanted) call `onClose` instead of closing it behind React's back, and focus goes
 * back where it came from. Every dialog goes through here, so they all leave alike.
 */
export function useModalDialog(options: ModalDialogOptions): ModalDialog {
  const ref = useRef<HTMLDialogElement>(null);
  const latest = useLatest(options);
  const leave = useRef<() => void>(() => undefined);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    latest.current.initialFocus?.(dialog)?.focus({ preventScroll: true });

    let closed = false;
    const shut = () => {
      if (closed) return;
      closed = true;
      if (dialog.open) dialog.close();
      const target = latest.current.returnFocusTo?.() ?? opener;
      // Only focus that is in the dialog, or was lost with it, goes back: never take it from where the page has since put it.
      const active = document.activeElement;
      const lost = active === null || active === document.body || dialog.contains(active);
      if (lost && target?.isConnected) target.focus({ preventScroll: true });
    };
    leave.current = () => {
      if (closed) return;
      shut();
      latest.current.onClose();
    };
    const onCancel = (event: Event) => {
      event.preventDefault();
      leave.current();
    };
    const onClick = (event: MouseEvent) => {
      if (latest.current.closeOnBackdropClick && onBackdrop(dialog, event)) leave.current();
    };
    // The browser may close it without a cancel to prevent (Escape pressed twice with no other input between).
    // A late close event from an earlier close of ours finds the dialog open again, and is not the reader's.
    const onBrowserClose = () => {
      if (!dialog.open) leave.current();
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('click', onClick);
    dialog.addEventListener('close', onBrowserClose);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('click', onClick);
      dialog.removeEventListener('close', onBrowserClose);
      shut();
    };
  }, [latest]);

  const close = useCallback(() => leave.current(), []);
  return { ref, close };
}
