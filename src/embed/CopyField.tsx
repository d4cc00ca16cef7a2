import { useId, useRef, useState } from 'react';

export interface CopyFieldProps {
  label: string;
  value: string;
  rows: number;
}

/** Read-only text with a Copy button; where the clipboard is blocked, the text is selected for the reader to copy. */
export function CopyField({ label, value, rows }: CopyFieldProps) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied.');
    } catch {
      field.current?.focus({ preventScroll: true });
      field.current?.select();
      setStatus('Copying was blocked: the text is selected, press Ctrl+C or ⌘C.');
    }
  };
  return (
    <div className="share__field">
      <label htmlFor={id}>{label}</label>
      <textarea ref={field} id={id} readOnly rows={rows} value={value} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
      <div className="share__copy">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <span role="status">{status}</span>
      </div>
    </div>
  );
}
