// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useRef, useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { useModalDialog, type ModalDialogOptions } from './useModalDialog';

// jsdom has <dialog> but not its methods: these do what a browser does, short of the top layer.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    setTimeout(() => this.dispatchEvent(new Event('close')), 0);
  };
});
afterAll(() => {
  // @ts-expect-error -- restoring jsdom's own prototype, which has neither.
  delete HTMLDialogElement.prototype.showModal;
  // @ts-expect-error -- as above.
  delete HTMLDialogElement.prototype.close;
});
afterEach(cleanup);

type Options = Omit<ModalDialogOptions, 'onClose'>;

function Dialog({ onClose, options }: { onClose: () => void; options: Options }) {
  const { ref, close } = useModalDialog({ onClose, ...options });
  return (
    <dialog ref={ref} aria-label="Choices">
      <input aria-label="Name" />
      <button type="button" onClick={close}>
        Close
      </button>
    </dialog>
  );
}

/** A page with a button that opens the dialog, as the app's openers do, and another place focus could go back to. */
function Page({ onClose, options, returnElsewhere }: { onClose: () => void; options: Options; returnElsewhere: boolean }) {
  const [open, setOpen] = useState(false);
  const elsewhere = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <button ref={elsewhere} type="button">
        Elsewhere
      </button>
      {open && (
        <Dialog
          options={{ ...options, ...(returnElsewhere && { returnFocusTo: () => elsewhere.current }) }}
          onClose={() => {
            onClose();
            setOpen(false);
          }}
        />
      )}
    </>
  );
}

async function openDialog(options: Options = {}, returnElsewhere = false) {
  const user = userEvent.setup();
  const onClose = vi.fn<() => void>();
  // As in the app: StrictMode opens, closes and opens again every dialog on mount.
  render(
    <StrictMode>
      <Page onClose={onClose} options={options} returnElsewhere={returnElsewhere} />
    </StrictMode>,
  );
  const opener = screen.getByRole('button', { name: 'Open' });
  await user.click(opener);
  const dialog = screen.getByRole<HTMLDialogElement>('dialog', { name: 'Choices' });
  return { user, onClose, opener, dialog };
}

/** What a browser sends when the reader presses Escape in a modal dialog. */
function pressEscape(dialog: HTMLDialogElement): Event {
  const cancel = new Event('cancel', { cancelable: true });
  act(() => {
    dialog.dispatchEvent(cancel);
  });
  return cancel;
}

describe('useModalDialog', () => {
  test('opens as a modal when it mounts, focus where asked, and stays open', async () => {
    const { dialog, onClose } = await openDialog({ initialFocus: (element) => element.querySelector('input') });
    expect(dialog.open).toBe(true);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    // The close event of StrictMode's first closing comes later, when the dialog is open again.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(dialog.open).toBe(true);
    expect(onClose).not.toHaveBeenCalled();
  });

  test('Escape closes it through onClose, not behind React’s back, and focus goes back to the opener', async () => {
    const { dialog, onClose, opener } = await openDialog({ initialFocus: (element) => element.querySelector('input') });
    const cancel = pressEscape(dialog);
    expect(cancel.defaultPrevented).toBe(true);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  test('its Close button closes it the same way', async () => {
    const { user, onClose, opener } = await openDialog();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  test('focus can be sent somewhere else on closing', async () => {
    const { user } = await openDialog({}, true);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });

  test.each<[string, Options, boolean]>([
    ['closes where asked', { closeOnBackdropClick: true }, true],
    ['stays open otherwise', {}, false],
  ])('a click on the backdrop %s', async (_, options, closes) => {
    const { user, dialog, onClose } = await openDialog(options);
    vi.spyOn(dialog, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 100, y: 100, width: 200, height: 200 }));
    // The browser reports a click on the backdrop as a click on the dialog, outside its box.
    await user.pointer({ keys: '[MouseLeft]', target: dialog, coords: { clientX: 20, clientY: 20 } });
    expect(onClose).toHaveBeenCalledTimes(closes ? 1 : 0);
    expect(dialog.isConnected).toBe(!closes);
  });

  test('a click on the dialog’s own padding is not on the backdrop', async () => {
    const { user, dialog, onClose } = await openDialog({ closeOnBackdropClick: true });
    vi.spyOn(dialog, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 100, y: 100, width: 200, height: 200 }));
    await user.pointer({ keys: '[MouseLeft]', target: dialog, coords: { clientX: 150, clientY: 150 } });
    expect(onClose).not.toHaveBeenCalled();
  });

  test('a dialog the browser closes by itself (a second Escape it will not let us cancel) still calls onClose, once', async () => {
    const { dialog, onClose } = await openDialog();
    act(() => {
      dialog.open = false;
      dialog.dispatchEvent(new Event('close'));
    });
    expect(onClose).toHaveBeenCalledTimes(1);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
