import './states.css';

export interface ErrorStateProps {
  /** One sentence: what went wrong. */
  title: string;
  /** Detail lines, e.g. each problem found in the data with its place. */
  details?: string[];
  /** Shown as a Try again button when the failure may pass. */
  onRetry?: () => void;
  /** The retry button's text. */
  retryLabel?: string;
  /** Another way forward, as a link: the built-in story when another one cannot be loaded. */
  link?: { href: string; label: string };
}

const MAX_DETAILS = 20;

/** A failure the reader can understand, with a way forward. Never a blank page. */
export function ErrorState({ title, details = [], onRetry, retryLabel = 'Try again', link }: ErrorStateProps) {
  const shown = details.slice(0, MAX_DETAILS);
  return (
    <div className="state state--error" role="alert">
      <h1 className="state__title">{title}</h1>
      {shown.length > 0 && (
        <ul className="state__details">
          {shown.map((detail, i) => (
            <li key={i}>
              <code>{detail}</code>
            </li>
          ))}
          {details.length > shown.length && <li>…and {details.length - shown.length} more.</li>}
        </ul>
      )}
      {(onRetry || link) && (
        <p className="state__actions">
          {onRetry && (
            <button type="button" className="state__retry" onClick={onRetry}>
              {retryLabel}
            </button>
          )}
          {link && (
            <a className="button-link" href={link.href}>
              {link.label}
            </a>
          )}
        </p>
      )}
    </div>
  );
}
