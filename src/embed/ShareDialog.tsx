import { useId, useRef, useState } from 'react';
import { useModalDialog } from '../lib/useModalDialog';
import { CopyField } from './CopyField';
import { EmbedPreview } from './EmbedPreview';
import { canBeEmbedded, EMBED_DEFAULT_THEME, embedUrl, iframeSnippet, scriptSnippet, type EmbedChoice, type Theme } from './contract';
import './share.css';

export interface ShareDialogProps {
  /** What to embed: the current view (event, filters, time window) of this page. */
  choice: EmbedChoice;
  /** A link to the current view of the full page. */
  shareUrl: string;
  onClose: () => void;
}

const THEMES: { value: Theme; label: string }[] = [
  { value: 'auto', label: "Reader's setting" },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Share this view, or embed it in another page: the snippets, a copy button each, and a preview. */
export function ShareDialog({ choice, shareUrl, onClose }: ShareDialogProps) {
  const closeButton = useRef<HTMLButtonElement>(null);
  // Focus starts on Close, at the top of the dialog (the hook moves focus without scrolling anything).
  const { ref: dialogRef, close } = useModalDialog({ onClose, initialFocus: () => closeButton.current });
  const headingId = useId();
  // The page's own theme when it was asked for one; otherwise an embed's default.
  const [theme, setTheme] = useState<Theme>(choice.theme && choice.theme !== 'auto' ? choice.theme : EMBED_DEFAULT_THEME);
  const chosen = { ...choice, theme };
  const embeddable = canBeEmbedded(choice.pageUrl);

  return (
    <dialog ref={dialogRef} className="share" aria-labelledby={headingId}>
      <div className="share__header">
        <h2 id={headingId}>Share or embed this view</h2>
        <button ref={closeButton} type="button" onClick={close}>
          Close
        </button>
      </div>
      {embeddable ? (
        <>
          <p className="share__note">The snippets keep the open event, the time window and the lane and kind filters you have chosen.</p>
          <fieldset className="share__theme">
            <legend>Theme</legend>
            {THEMES.map(({ value, label }) => (
              <label key={value}>
                <input type="radio" name="share-theme" value={value} checked={theme === value} onChange={() => setTheme(value)} />
                {label}
              </label>
            ))}
          </fieldset>
          <CopyField label="Link to this view" value={shareUrl} rows={2} />
          <CopyField label="Embed with an iframe" value={iframeSnippet(chosen)} rows={3} />
          <CopyField label="Embed with one script tag (sizes itself)" value={scriptSnippet(chosen)} rows={5} />
          <EmbedPreview src={embedUrl(chosen)} />
        </>
      ) : (
        <>
          <p className="share__note">
            This copy is a single file opened from this computer, and other pages cannot embed a file. To embed the timeline, use the copy
            published on the website.
          </p>
          <CopyField label="Link to this view in this file (works on this computer)" value={shareUrl} rows={2} />
        </>
      )}
    </dialog>
  );
}
