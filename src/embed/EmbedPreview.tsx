import { useId, useState } from 'react';

/**
 * The embed as a host page would show it, loaded only when asked for: a second copy of
 * the app is heavy on a phone, and an embed opened at an event scrolls its frame's
 * surroundings to it, which would carry the dialog away from its top as it opens.
 */
export function EmbedPreview({ src }: { src: string }) {
  const headingId = useId();
  const frameId = useId();
  const [shown, setShown] = useState(false);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="share__preview-heading">
        Preview
      </h3>
      <button type="button" aria-expanded={shown} aria-controls={frameId} onClick={() => setShown(!shown)}>
        {shown ? 'Hide the preview' : 'Show the preview'}
      </button>
      {shown && <iframe id={frameId} className="share__preview" src={src} title="Preview of the embedded timeline" />}
    </section>
  );
}
