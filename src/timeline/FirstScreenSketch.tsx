/**
 * The timeline's first screen as vis-timeline will draw it (firstScreen.ts), drawn by React:
 * in the page the build prerenders, it is the timeline before any script has run; in a page
 * the browser draws (a `?data=` story), the timeline of the first paint, before vis-timeline
 * is made. The live timeline takes its place once it has drawn the same picture. It borrows
 * vis-timeline's documented classes and the app's templates' (templates.ts), so one style
 * sheet draws both.
 * Decorative for assistive technology, like the live timeline's marks: the event list below
 * says the same in words.
 */
import { useLayoutEffect, useMemo, useRef, type Ref } from 'react';
import { firstScreen, type FirstScreen, type SketchedItem, type Span } from './firstScreen';
import { acrossClass, maxHeightClass, rowClass, shownClass, sketchRules } from './sketchStyle';
import { sketchDrawingWidth, sketchShownUntil } from './sketchWidths';
import { isFootRoom } from './rowEach';
import { FOOT_ROOM, labelParts, ROOM_OF_A_LINE } from './templates';
import type { TimeScale } from './timeScale';
import type { TimelineGroup, TimelineItem } from './toTimelineItems';

const across = ({ left, width }: Span) => `${acrossClass('l', left)} ${acrossClass('w', width)}`;

/** An item's label as its template draws it; named by a data attribute of its own, so the live timeline's lookups never find it. */
function Label({ item }: { item: SketchedItem['item'] }) {
  return (
    <span className="tl-item" data-sketched-id={item.id}>
      {labelParts(item).map((part) => (
        <span key={part.className} className={part.className}>
          {part.text}
        </span>
      ))}
    </span>
  );
}

/** A span (a range or a backdrop) as vis-timeline draws one: its label in a box that lets it run past the span's end. */
function SpanMark({ className, item }: { className: string; item: SketchedItem['item'] }) {
  return (
    <div className={className}>
      <div className="vis-item-overflow">
        <div className="vis-item-content">
          <Label item={item} />
        </div>
      </div>
    </div>
  );
}

function Row({ item, at }: SketchedItem) {
  const classes = `vis-item vis-${item.type} ${item.className} vis-readonly`;
  if (item.type === 'point') {
    return (
      <div className="tl-sketch__row">
        <div className={`${classes} ${acrossClass('ml', at.left)}`}>
          {/* vis-timeline sets the label off by half the dot's width, which the style sheet decides:
              an unseen copy of the dot at half its size takes that room. */}
          <div className={`vis-item vis-dot ${item.className} tl-sketch__half-dot`} />
          <div className="vis-item-content">
            {isFootRoom(item.id) ? <span className={FOOT_ROOM}>{ROOM_OF_A_LINE}</span> : <Label item={item} />}
          </div>
          <div className={`vis-item vis-dot ${item.className} vis-readonly`} />
        </div>
      </div>
    );
  }
  return (
    <div className="tl-sketch__row">
      <SpanMark className={`${classes} ${acrossClass('ml', at.left)} ${acrossClass('w', at.width)}`} item={item} />
    </div>
  );
}

export interface FirstScreenSketchProps {
  items: TimelineItem[];
  groups: TimelineGroup[];
  scale: TimeScale;
  /** The timeline widths, in pixels, to draw a first screen for (sketchWidths.ts): each shows from its width to the next. */
  widths: readonly number[];
  /** Where the lanes are clipped, in pixels (an embed's). */
  maxHeight?: number | undefined;
  /** Drawn by the browser, not the build: the page's style sheet has no rules for its geometry, so it adds them. */
  inBrowser?: boolean;
}

export function FirstScreenSketch({ items, groups, scale, widths, maxHeight, inBrowser = false }: FirstScreenSketchProps) {
  const screens = useMemo(
    () => widths.map((width) => ({ width, screen: firstScreen(items, groups, scale, sketchDrawingWidth(width)) })),
    [items, groups, scale, widths],
  );
  const drawn = useRef(new Set<HTMLElement>());
  // Before the first paint, as the build's rules would be there by then.
  useLayoutEffect(() => {
    if (!inBrowser) return undefined;
    const names = [...drawn.current].flatMap((sketch) =>
      [sketch, ...sketch.querySelectorAll('[class]')].map((element) => element.className),
    );
    return adoptStyle(sketchRules(names.join(' ')));
  }, [inBrowser, screens]);
  const keep = (sketch: HTMLElement | null) => {
    if (!sketch) return undefined;
    drawn.current.add(sketch);
    return () => void drawn.current.delete(sketch);
  };
  return screens.map(({ width, screen }) =>
    screen ? (
      <Sketch key={width} screen={screen} shown={shownClass(width, sketchShownUntil(width, widths))} maxHeight={maxHeight} ref={keep} />
    ) : null,
  );
}

/**
 * Adds `css` to the page until the returned function is called. A style sheet made by script:
 * the page's policy admits no inline style, and it does not govern these.
 */
function adoptStyle(css: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}

interface SketchProps {
  screen: FirstScreen;
  shown: string;
  maxHeight?: number | undefined;
  ref: Ref<HTMLDivElement>;
}

function Sketch({ screen, shown, maxHeight, ref }: SketchProps) {
  const { lanes } = screen;
  return (
    <div className={`tl-sketch vis-timeline ${shown}`} aria-hidden="true" ref={ref}>
      <div className="tl-axis tl-sketch__axis">
        <div className="tl-sketch__area">
          {screen.ticks.map(({ tick, left }) => (
            <div key={tick.time} className={`tl-axis__tick ${acrossClass('l', left)}`}>
              {tick.label}
            </div>
          ))}
          {screen.breaks.map(({ mark, middle }) => (
            <div key={mark.from} className={`tl-axis__break ${acrossClass('l', middle)}`} />
          ))}
        </div>
      </div>
      <div className={maxHeight === undefined ? 'tl-sketch__lanes' : `tl-sketch__lanes ${maxHeightClass(maxHeight)}`}>
        <div className={`tl-axis-backdrop ${rowClass(1, lanes.length)}`}>
          {screen.ticks.map(({ tick, left }) => (
            <div key={tick.time} className={`tl-axis__line ${acrossClass('l', left)}`} />
          ))}
          {screen.breaks.map(({ mark, at }) => (
            <div key={mark.from} className={`tl-axis__cut ${across(at)}`} />
          ))}
          {screen.bursts.map((burst) => (
            <div key={burst.left} className={`tl-axis__burst ${across(burst)}`} />
          ))}
        </div>
        {/* vis-timeline's own containers, laid out as the grid's rows: its style sheet finds its labels and lanes in them. */}
        <div className="vis-labelset">
          {lanes.map(({ group }, row) => (
            <div key={group.id} className={`vis-label ${group.className} ${rowClass(row + 1)}`}>
              <div className="vis-inner">
                <span className="tl-lane">{group.content}</span>
              </div>
            </div>
          ))}
        </div>
        <div className="vis-foreground">
          {lanes.map(({ group, backdrops, rows }, row) => (
            <div key={group.id} className={`vis-group ${group.className} ${rowClass(row + 1)}`}>
              {backdrops.map(({ item, at }) => (
                <SpanMark key={item.id} className={`vis-item vis-background ${item.className} ${across(at)}`} item={item} />
              ))}
              {rows.map((sketched) => (
                <Row key={sketched.item.id} {...sketched} />
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
