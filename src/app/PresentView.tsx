import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Timeline } from '../data/schema';
import { PresenterView } from '../present/PresenterView';
import type { PresentPosition } from '../present/presentState';
import { StepButtons } from '../present/StepButtons';
import { StepCard } from '../present/StepCard';
import { actionForKey, clampStep, presentation, stepAfter } from '../present/steps';
import { usePresentSync } from '../present/usePresentSync';
import { BriefingHandout } from '../print/BriefingHandout';
import { usePrinting } from '../print/usePrinting';
import { toDayWindow } from '../timeline/dayWindow';
import { scaleFor } from '../timeline/timeScale';
import { periodWindow } from '../timeline/toTimelineItems';
import { TimelineView } from '../timeline/TimelineView';
import '../present/present.css';
import { useLatest } from '../lib/useLatest';
import type { PageOptions } from './pageOptions';
import { pageUrl } from './pageUrl';
import { useViewState } from './useViewState';
import { DEFAULT_VIEW, serializeViewState } from './viewState';

/** Briefing mode: the story step by step for a room, driven by keyboard or clicker, with a presenter window. */
export function PresentView({ timeline, options }: { timeline: Timeline; options: PageOptions }) {
  const [view, update] = useViewState();
  const position: PresentPosition = { narrative: view.narrative, step: view.step };
  const [blank, setBlank] = useState(false);
  const printing = usePrinting();
  const { steps, narrative } = useMemo(() => presentation(timeline, position.narrative), [timeline, position.narrative]);
  const scale = scaleFor(timeline.events);
  const index = clampStep(position.step, steps.length);
  const step = steps[index];

  const place = useCallback((next: PresentPosition) => update(next), [update]);
  const sync = usePresentSync(place);
  const go = useCallback(
    (next: PresentPosition) => {
      place(next);
      sync.send(next);
    },
    [place, sync],
  );
  const move = (direction: 1 | -1) => go({ narrative: position.narrative, step: clampStep(index + direction, steps.length) });
  const exit = () =>
    window.location.assign(
      pageUrl(options.dataUrl, [], serializeViewState({ ...DEFAULT_VIEW, event: step?.kind === 'event' ? step.event.id : null })),
    );
  const openPresenter = () =>
    sync.openPresenter(
      pageUrl(options.dataUrl, ['present', 'presenter'], serializeViewState({ ...DEFAULT_VIEW, ...position, step: index })),
    );

  // The handler reads the latest step and state; the listener is added once and calls it.
  const onKeyDown = useLatest((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    // Keys typed into a field, or inside a dialog over the stage (the chooser), are theirs: Escape closes that, not the show.
    if ((event.target as Element).closest('input, select, textarea, dialog[open]')) return;
    const action = actionForKey(event.key);
    if (!action) return;
    event.preventDefault();
    if (action === 'blank') return setBlank((b) => !b);
    if (action === 'exit') return blank ? setBlank(false) : options.presenter ? undefined : exit();
    if (action === 'fullscreen') {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      return;
    }
    if (action === 'presenter') return options.presenter ? undefined : openPresenter();
    setBlank(false);
    go({ narrative: position.narrative, step: stepAfter(action, index, steps.length) });
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [onKeyDown]);

  // The step's period; null, the whole story, for the opening overview.
  const period = (() => {
    if (step?.kind === 'event') return periodWindow(step.event.start, step.event.end, scale);
    // A narrative's overview shows the narrative's own period, as its card says.
    if (narrative && step?.period) return periodWindow(step.period.start, step.period.end, scale);
    return undefined;
  })();
  const shownWindow = period ? toDayWindow(period) : null;

  useEffect(() => {
    document.title = `${step?.title ?? timeline.title} · ${index + 1} / ${steps.length}`;
  }, [step, index, steps.length, timeline.title]);

  if (options.presenter) return <PresenterView timeline={timeline} steps={steps} index={index} onStep={move} />;

  const stepEvents = steps.flatMap((s) => (s.kind === 'event' ? [s.event] : []));
  return (
    <div className="present">
      <header className="present__bar no-print">
        <p className="present__progress" aria-live="polite">
          {index + 1} / {steps.length}
        </p>
        <label className="present__narrative">
          <span className="visually-hidden">Story order</span>
          <select value={narrative?.id ?? ''} onChange={(e) => go({ narrative: e.target.value || null, step: 0 })}>
            <option value="">All events, in time order</option>
            {(timeline.narratives ?? []).map((n) => (
              <option key={n.id} value={n.id}>
                {n.title}
              </option>
            ))}
          </select>
        </label>
        <span className="present__tools">
          <StepButtons index={index} count={steps.length} onStep={move} />
          <button type="button" onClick={openPresenter}>
            Presenter view
          </button>
          <button type="button" onClick={() => window.print()}>
            Print handout
          </button>
          <button type="button" onClick={exit}>
            Exit
          </button>
        </span>
      </header>
      <main className="present__stage no-print">
        <h1 className="visually-hidden">{timeline.title}: presentation</h1>
        <TimelineView
          events={timeline.events}
          scale={scale}
          lanes={timeline.lanes}
          selectedId={step?.kind === 'event' ? step.event.id : null}
          onSelect={(id) => {
            const at = steps.findIndex((s) => s.kind === 'event' && s.event.id === id);
            if (at !== -1) go({ narrative: position.narrative, step: at });
          }}
          onStep={move}
          window={shownWindow}
          onWindowChange={() => undefined}
          compact
          bare
        />
        {step && <StepCard timeline={timeline} step={step} />}
      </main>
      {blank && <div className="present__blank" role="presentation" onClick={() => setBlank(false)} />}
      {printing && <BriefingHandout timeline={timeline} narrative={narrative} events={stepEvents} />}
    </div>
  );
}
