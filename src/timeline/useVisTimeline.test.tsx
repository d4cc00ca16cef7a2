// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { DayWindow } from './dayWindow';
import { LINEAR_SCALE } from './timeScale';
import { useVisTimeline } from './useVisTimeline';
import type { VisTimelineInit } from './visTimeline';

/** What the hook asks of each timeline it makes. */
const made: { init: VisTimelineInit; calls: string[] }[] = [];
const moves = (calls: string[]) => calls.filter((call) => call === 'fitAll' || call === 'show');

class FakeVisTimeline {
  private readonly calls: string[] = [];
  constructor(_container: HTMLElement, init: VisTimelineInit) {
    made.push({ init, calls: this.calls });
  }
  destroy() {}
  setItems() {}
  setGroups() {}
  setCompact() {}
  setScale() {}
  window() {
    return { start: new Date(Date.UTC(2020, 0, 1)), end: new Date(Date.UTC(2021, 0, 1)) };
  }
  fitAll() {
    this.calls.push('fitAll');
  }
  show() {
    this.calls.push('show');
  }
  select(id: string | null) {
    this.calls.push(`select ${id}`);
  }
  afterDraw() {}
}

// The adapter's module is "loading" until the test says otherwise.
let loaded = false;
vi.mock('./loadVisTimeline', () => ({
  loadedVisTimeline: () => (loaded ? { VisTimeline: FakeVisTimeline } : null),
  loadVisTimeline: () => Promise.resolve().then(() => ((loaded = true), { VisTimeline: FakeVisTimeline })),
}));

function Timeline({ window }: { window: DayWindow | null }) {
  const container = useRef<HTMLDivElement>(null);
  useVisTimeline(container, {
    items: [],
    groups: [],
    selectedId: null,
    compact: false,
    scale: LINEAR_SCALE,
    window,
    rowEach: false,
    onSelect: () => undefined,
    onTapMark: () => undefined,
    onWindowChange: () => undefined,
    onWindowShown: () => undefined,
  });
  return <div ref={container} />;
}

const settle = () => new Promise((done) => setTimeout(done, 50));

beforeEach(() => {
  made.length = 0;
  loaded = false;
});
afterEach(cleanup);

describe('useVisTimeline', () => {
  test('a timeline made after its commit, before that commit’s effects ran, is not moved off its opening window', async () => {
    // As in a browser: effects run after the commit, in a task of their own, and the module
    // arriving in between makes the timeline first.
    vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', false);
    const root = createRoot(document.body.appendChild(document.createElement('div')));
    try {
      root.render(<Timeline window={null} />);
      await settle();
    } finally {
      root.unmount();
      vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', true);
    }
    expect(made).toHaveLength(1);
    expect(moves(made[0]!.calls)).toEqual([]);
  });

  test('it opens on the window it is given; later windows are shown, and none is the story’s own again', async () => {
    loaded = true;
    const { rerender } = render(<Timeline window={{ from: '2020-01-01', to: '2020-12-31' }} />);
    expect(made).toHaveLength(1);
    const { init, calls } = made[0]!;
    expect(init.window).not.toBeNull();
    expect(moves(calls)).toEqual([]);

    await act(async () => rerender(<Timeline window={{ from: '2022-01-01', to: '2022-06-30' }} />));
    expect(moves(calls)).toEqual(['show']);
    await act(async () => rerender(<Timeline window={null} />));
    expect(moves(calls)).toEqual(['show', 'fitAll']);
    // The same window again asks for nothing more.
    await act(async () => rerender(<Timeline window={null} />));
    expect(moves(calls)).toEqual(['show', 'fitAll']);
  });
});
