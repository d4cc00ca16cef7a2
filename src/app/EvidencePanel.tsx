import { Suspense } from 'react';
import type { Timeline, TimelineEvent } from '../data/schema';
import type { EvidenceFocus } from '../sources/SourcePanel';
import { SourcesIntro } from '../sources/SourcesIntro';
import { PartLoading, SourcePanel, SourceSheet } from './laterParts';

export const PANEL_HEADING_ID = 'source-panel-heading';

export interface EvidencePanelProps {
  timeline: Timeline;
  /** The selected event, if any. */
  event: TimelineEvent | undefined;
  /** aside: beside the timeline (wide screens); sheet: full-screen over the page (phones); inline: in the flow (embeds). */
  layout: 'aside' | 'sheet' | 'inline';
  terms: string[];
  /** Focus to move into the evidence once it shows. */
  focus: EvidenceFocus | null;
  onClose: () => void;
  onStep: (step: 1 | -1) => void;
  /** Opens another event named in this one's evidence (a denial, what it answers). */
  onShowEvent: (id: string) => void;
}

/** Where the evidence for the selected event is shown: beside the timeline, as a sheet on a phone, or inline in an embed. */
export function EvidencePanel({ timeline, event, layout, terms, focus, onClose, onStep, onShowEvent }: EvidencePanelProps) {
  const panel = event && (
    <Suspense fallback={<PartLoading what="the sources" />}>
      <SourcePanel
        key={event.id}
        timeline={timeline}
        event={event}
        headingId={PANEL_HEADING_ID}
        focus={focus}
        terms={terms}
        onClose={onClose}
        onStep={onStep}
        onShowEvent={onShowEvent}
      />
    </Suspense>
  );
  if (layout === 'sheet') {
    return panel ? (
      <Suspense fallback={<PartLoading what="the sources" />}>
        <SourceSheet labelledBy={PANEL_HEADING_ID} onClose={onClose}>
          {panel}
        </SourceSheet>
      </Suspense>
    ) : null;
  }
  if (layout === 'inline') return panel ? <div className="story__inline-panel">{panel}</div> : null;
  return (
    <aside className="story__panel no-print" aria-label="Sources">
      {panel ?? <SourcesIntro timeline={timeline} />}
    </aside>
  );
}
