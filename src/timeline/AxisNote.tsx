import { burstLabel, cutLabel } from './segmentLabels';
import type { TimeScale } from './timeScale';

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
