import type { Page } from '@playwright/test';

/** One piece of text on the page and how well it stands out from what is behind it. */
export interface TextContrast {
  /** The text, cut to 60 characters. */
  text: string;
  /** The text's colour, as the browser computed it. */
  color: string;
  /** The background behind it, composited up the tree onto white paper, as `rgb(r, g, b)`. */
  background: string;
  /** The WCAG 2 contrast ratio, 1 to 21, rounded to two decimals. */
  ratio: number;
}

/**
 * The WCAG contrast of every piece of text a reader can see on the page, in the media
 * the page is emulating. The background of each text is every ancestor's background
 * colour laid over the one above it, starting from white paper, and the text's own
 * colour (with its alpha and its ancestors' opacity) is laid over that.
 */
export async function measureTextContrast(page: Page): Promise<TextContrast[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const probe = document.createElement('canvas').getContext('2d')!;
    const parse = (css: string): Rgba => {
      const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(css);
      if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
      // Any other notation (color(srgb …), oklch …): let a canvas resolve it.
      probe.clearRect(0, 0, 1, 1);
      probe.fillStyle = css;
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const backgroundOf = (element: Element): { color: Rgba; opacity: number } => {
      const chain: Element[] = [];
      for (let e: Element | null = element; e; e = e.parentElement) chain.unshift(e);
      let color: Rgba = [255, 255, 255, 1];
      let opacity = 1;
      for (const e of chain) {
        const style = getComputedStyle(e);
        opacity *= Number(style.opacity);
        const own = parse(style.backgroundColor);
        color = over([own[0], own[1], own[2], own[3] * opacity], color);
      }
      return { color, opacity };
    };

    const results: TextContrast[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      const element = node.parentElement;
      if (!text || !element) continue;
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      // Zero-sized or clipped to a pixel (visually hidden): not on the paper.
      if (box.width <= 1 || box.height <= 1) continue;
      const { color: background, opacity } = backgroundOf(element);
      const own = parse(getComputedStyle(element).color);
      const ink = over([own[0], own[1], own[2], own[3] * opacity], background);
      const [light, dark] = [luminance(ink), luminance(background)].sort((a, b) => b - a);
      results.push({
        text: text.slice(0, 60),
        color: getComputedStyle(element).color,
        background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
        ratio: Math.round(((light! + 0.05) / (dark! + 0.05)) * 100) / 100,
      });
    }
    return results;
  });
}
