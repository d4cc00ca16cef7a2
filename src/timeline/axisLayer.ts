/**
 * The time axis, drawn by this app rather than by vis-timeline, whose axis can only be
 * linear: a strip of dated ticks above the lanes, and behind the items their grid lines,
 * a shaded band where time is drawn wider (a burst) and a broken band where time is cut.
 * Decorative for assistive technology: the timeline's status line says the same in words.
 */
import type { AxisBreak, Tick } from './axisTicks';
import type { Segment } from './timeScale';

/** Where the drawing area lies in the container, and which axis times it shows. */
export interface AxisGeometry {
  left: number;
  width: number;
  axisStart: number;
  axisEnd: number;
}

function element(className: string): HTMLElement {
  const node = document.createElement('div');
  node.className = className;
  return node;
}

/** Keeps `parent` holding exactly `count` children of `className`, reusing those it has. */
function pool(parent: HTMLElement, className: string, count: number): HTMLElement[] {
  const nodes = [...parent.querySelectorAll<HTMLElement>(`:scope > .${className}`)];
  while (nodes.length < count) nodes.push(parent.appendChild(element(className)));
  for (const extra of nodes.splice(count)) extra.remove();
  return nodes;
}

export class AxisLayer {
  /** The strip of labels, above the lanes. */
  readonly strip = element('tl-axis');
  /** Lines and bands, behind the items. */
  readonly backdrop = element('tl-axis-backdrop');

  constructor() {
    for (const layer of [this.strip, this.backdrop]) layer.setAttribute('aria-hidden', 'true');
  }

  /** Said at the axis's left when no tick is in view (zoomed in within one day). */
  private readonly context = element('tl-axis__context');

  draw(geometry: AxisGeometry, ticks: Tick[], breaks: AxisBreak[], bursts: Segment[], context: string | null): void {
    const { left, width, axisStart, axisEnd } = geometry;
    const x = (axis: number) => left + ((axis - axisStart) / (axisEnd - axisStart)) * width;
    const clamp = (px: number) => Math.min(Math.max(px, left), left + width);
    this.context.textContent = context ?? '';
    this.context.style.transform = `translateX(${left}px)`;
    if (context && !this.context.isConnected) this.strip.append(this.context);
    if (!context) this.context.remove();

    pool(this.strip, 'tl-axis__tick', ticks.length).forEach((node, i) => {
      const tick = ticks[i]!;
      node.textContent = tick.label;
      node.dataset.time = new Date(tick.time).toISOString();
      node.style.transform = `translateX(${x(tick.axis)}px)`;
    });
    pool(this.backdrop, 'tl-axis__line', ticks.length).forEach((node, i) => {
      node.style.transform = `translateX(${x(ticks[i]!.axis)}px)`;
    });

    const band = (node: HTMLElement, from: number, until: number) => {
      const start = clamp(x(from));
      node.style.transform = `translateX(${start}px)`;
      node.style.width = `${Math.max(clamp(x(until)) - start, 0)}px`;
    };
    pool(this.backdrop, 'tl-axis__cut', breaks.length).forEach((node, i) => band(node, breaks[i]!.axisFrom, breaks[i]!.axisUntil));
    pool(this.strip, 'tl-axis__break', breaks.length).forEach((node, i) => {
      const mark = breaks[i]!;
      node.dataset.from = new Date(mark.from).toISOString();
      node.dataset.until = new Date(mark.until).toISOString();
      node.style.transform = `translateX(${x((mark.axisFrom + mark.axisUntil) / 2)}px)`;
    });
    const shownBursts = bursts.filter((burst) => burst.axisUntil > axisStart && burst.axisFrom < axisEnd);
    pool(this.backdrop, 'tl-axis__burst', shownBursts.length).forEach((node, i) =>
      band(node, shownBursts[i]!.axisFrom, shownBursts[i]!.axisUntil),
    );
  }
}
