import { formatPartialDate } from '../data/dates';
import type { Segment, TimeScale } from './timeScale';

const pad = (n: number) => String(n).padStart(2, '0');
const month = (ms: number) => {
  const date = new Date(ms);
  return formatPartialDate(`${date.getFullYear()}-${pad(date.getMonth() + 1)}`, 'short');
};
const day = (ms: number) => {
  const date = new Date(ms);
  return formatPartialDate(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`, 'short');
};

/** "Feb 2011 – Nov 2013": the months a cut leaves out. */
function cutLabel(cut: Segment): string {
  return `${month(cut.from)} – ${month(cut.until - 1)}`;
}

/** "25–26 Mar 2024" as days: the days a burst spans. */
function burstLabel(burst: Segment): string {
  const first = day(burst.from);
  const last = day(burst.until - 1);
  return first === last ? first : `${first} – ${last}`;
}

/** Says, in words and for every reader, where the axis is not to one scale. Nothing for a linear axis. */
export function AxisNote({ scale }: { scale: TimeScale }) {
  if (scale.isLinear) return null;
  const { cuts, bursts } = scale;
  return (
    <p className="timeline__axis-note">
      {cuts.length > 0 && (
        <span className="timeline__legend-key">
          <span className="timeline__break-key" aria-hidden="true" />
          <span>Time left out, when no event starts or ends: {cuts.map(cutLabel).join('; ')}</span>
        </span>
      )}
      {bursts.length > 0 && (
        <span className="timeline__legend-key">
          <span className="timeline__burst-key" aria-hidden="true" />
          <span>Drawn wider, to fit their many events: {bursts.map(burstLabel).join('; ')}</span>
        </span>
      )}
    </p>
  );
}
