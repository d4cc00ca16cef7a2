import { useEffect, useId, useRef, useState } from 'react';
import type { Theme } from './pageOptions';
import { embedUrl, iframeSnippet, scriptSnippet, type EmbedChoice } from './snippets';
import './share.css';

export interface ShareDialogProps {
  /** What to embed: the current view (event, filters) of this page. */
  choice: EmbedChoice;
  /** A link to the current view of the full page. */
  shareUrl: string;
  onClose: () => void;
}

function CopyField({ label, value, rows }: { label: string; value: string; rows: number }) {
  const id = useId();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied.');
    } catch {
      document.getElementById(id)?.focus();
      (document.getElementById(id) as HTMLTextAreaElement | null)?.select();
      setStatus('Copying was blocked: the text is selected, press Ctrl+C or ⌘C.');
    }
  };
  return (
    <div className="share__field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly rows={rows} value={value} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
      <div className="share__copy">
        <button type="button" onClick={() => void copy()}>Copy</button>
        <span role="status">{status}</span>
      </div>
    </div>
  );
}

/** Share this view, or embed it in another page: the snippets, a copy button each, and a live preview. */
export function ShareDialog({ choice, shareUrl, onClose }: ShareDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [theme, setTheme] = useState<Theme>(choice.theme ?? 'auto');
  const chosen = { ...choice, theme };

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog ref={dialog} className="share" aria-labelledby={headingId} onClose={onClose}>
      <div className="share__header">
        <h2 id={headingId}>Share or embed this view</h2>
        <button type="button" onClick={onClose} autoFocus>Close</button>
      </div>
      <p className="share__note">
        The snippets keep the open event and the lane and kind filters you have chosen.
      </p>
      <fieldset className="share__theme">
        <legend>Theme</legend>
        {(['auto', 'light', 'dark'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="share-theme" value={value} checked={theme === value} onChange={() => setTheme(value)} />
            {value === 'auto' ? "Reader's setting" : value === 'light' ? 'Light' : 'Dark'}
          </label>
        ))}
      </fieldset>
      <CopyField label="Link to this view" value={shareUrl} rows={2} />
      <CopyField label="Embed with an iframe" value={iframeSnippet(chosen)} rows={3} />
      <CopyField label="Embed with one script tag (sizes itself)" value={scriptSnippet(chosen)} rows={3} />
      <h3 className="share__preview-heading">Preview</h3>
      <iframe className="share__preview" src={embedUrl(chosen)} title="Preview of the embedded timeline" loading="lazy" />
    </dialog>
  );
}
