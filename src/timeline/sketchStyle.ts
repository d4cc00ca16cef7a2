/**
 * The geometry of the first screen drawn ahead (FirstScreenSketch.tsx) as class names, each
 * standing for one value ("tl-ml-4731": a left margin of 47.31% of the drawing area). The
 * page's policy allows no style attribute, so the sketch names its positions this way and
 * the build writes the rules for the names its pages use (sketchStyleSheet) into a style
 * sheet of their own; a first screen the browser draws adds its own (sketchRules).
 */

const PROPERTIES = {
  l: 'left',
  w: 'width',
  ml: 'margin-left',
} as const;

type Across = keyof typeof PROPERTIES;

/** Hundredths of a percent: 0.07 px across a drawing area 681 px wide. */
const STEPS_PER_PERCENT = 100;

/** The class that sets `property` to `fraction` of the drawing area's width. */
export function acrossClass(property: Across, fraction: number): string {
  const steps = Math.round(fraction * 100 * STEPS_PER_PERCENT);
  return `tl-${property}-${steps < 0 ? `n${-steps}` : steps}`;
}

/** The class that puts a lane on grid row `row` (from 1), or, with `span`, over rows 1 to `span`. */
export function rowClass(row: number, span?: number): string {
  return span === undefined ? `tl-row-${row}` : `tl-rows-${span}`;
}

/** The class that clips the lanes at `px` pixels (an embed's). */
export function maxHeightClass(px: number): string {
  return `tl-mh-${Math.round(px)}`;
}

/** The class that shows a first screen where the timeline is `from` pixels wide or wider, and narrower than `until`. */
export function shownClass(from: number, until: number | undefined): string {
  return until === undefined ? `tl-from-${from}` : `tl-from-${from}-to-${until}`;
}

const CLASS = /\btl-(l|w|ml|row|rows|mh)-(n?)(\d+)\b/g;
const SHOWN = /\btl-from-(\d+)(?:-to-(\d+))?\b/g;

/** The rules for every geometry class in `html` (the pages drawn ahead), each once. */
export function sketchStyleSheet(html: string): string {
  return sketchRules([...html.matchAll(/\bclass="([^"]*)"/g)].map((attribute) => attribute[1]).join(' '));
}

/** The rules for every geometry class among `names` (class attributes' values, joined), each once. */
export function sketchRules(names: string): string {
  const rules = new Map<string, string>();
  for (const [name, kind, negative, digits] of names.matchAll(CLASS)) {
    const value = Number(digits) * (negative ? -1 : 1);
    const declaration =
      kind === 'row'
        ? `grid-row:${value}`
        : kind === 'rows'
          ? `grid-row:1 / span ${value}`
          : kind === 'mh'
            ? `max-height:${value}px`
            : `${PROPERTIES[kind as Across]}:${value / STEPS_PER_PERCENT}%`;
    rules.set(name, `.tl-sketch .${name}{${declaration}}`);
  }
  // Hidden, but where the timeline (the container, timeline.css) is as wide as it was drawn for.
  for (const [name, from, until] of names.matchAll(SHOWN)) {
    const width = `(min-width:${from}px)${until === undefined ? '' : ` and (max-width:${Number(until) - 0.02}px)`}`;
    rules.set(name, `.tl-sketch.${name}{display:none}@container ${width}{.tl-sketch.${name}{display:grid}}`);
  }
  return [...rules.values()].sort().join('\n');
}
