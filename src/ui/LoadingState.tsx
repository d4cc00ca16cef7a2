import { formatCount } from '../lib/count';
import { megabytes } from '../lib/megabytes';
import './states.css';

export interface LoadingStateProps {
  /** What is loading, e.g. "the timeline". */
  what?: string;
  /** Bytes received so far, and the total when known. */
  progress?: { received: number; total: number | null } | null;
  /** When an attempt has failed and another is under way: why the last one failed. */
  retrying?: { attempt: number; of: number; reason: string } | null;
  /** Loaded, and this many events are being drawn. */
  drawing?: number;
}

/** Shown while something loads: says what is happening and how far it has got, announced politely. */
export function LoadingState({ what = 'the timeline', progress = null, retrying = null, drawing }: LoadingStateProps) {
  const percent = progress?.total ? Math.round((progress.received / progress.total) * 100) : null;
  return (
    <div className="state" role="status" aria-live="polite">
      <div className="state__spinner" aria-hidden="true" />
      <p>{drawing === undefined ? `Loading ${what}…` : `Drawing ${formatCount(drawing)} events…`}</p>
      {drawing === undefined && progress && progress.received > 0 && (
        <p className="state__progress">
          {megabytes(progress.received)} received{progress.total ? ` of ${megabytes(progress.total)}` : ''}
          {percent !== null && <progress max={100} value={percent} aria-label={`${percent}% loaded`} />}
        </p>
      )}
      {retrying && (
        <p className="state__retrying">
          {retrying.reason} Trying again (attempt {retrying.attempt} of {retrying.of}).
        </p>
      )}
    </div>
  );
}
