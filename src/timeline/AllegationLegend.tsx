/** How the timeline tells an allegation (one side's claim) from what is on the record. */
export function AllegationLegend() {
  return (
    <p className="timeline__legend">
      <span className="timeline__legend-key">
        <span className="timeline__mark" aria-hidden="true" />
        <span className="timeline__swatch" aria-hidden="true" />
        <span>On the record</span>
      </span>
      <span className="timeline__legend-key">
        <span className="timeline__mark timeline__mark--allegation" aria-hidden="true" />
        <span className="timeline__swatch timeline__swatch--allegation" aria-hidden="true" />
        <span>
          <i>Alleged</i>: one side’s claim (diamonds, hatching, italics)
        </span>
      </span>
    </p>
  );
}
