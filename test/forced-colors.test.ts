// Windows High Contrast (`forced-colors: active`) replaces the page's colours with the system's:
// the default button's background goes, and with it its shape, unless it has a border, which the
// system colours draw. The screenshot comes from Chromium's emulation of that mode.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { itInChromiumOnly } from './engine.js';
import { connectFixture } from './helpers.js';

/** The pixels of a screenshot (a base64 PNG) of `width` × `height` CSS px, as the page decodes it. */
async function pixelsOf(png: string, width: number, height: number): Promise<Uint8ClampedArray> {
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const context = new OffscreenCanvas(width, height).getContext('2d')!;
  context.drawImage(image, 0, 0, width, height);
  return context.getImageData(0, 0, width, height).data;
}

/** Told apart at a glance: some channel differs by more than a quarter of its range (not a shade of antialiasing). */
const clearlyApart = (one: number[], other: number[]) => one.some((value, channel) => Math.abs(value - other[channel]) > 64);

describe('the default button in forced colours', () => {
  itInChromiumOnly('has a visible edge: on its left and right, a line of another colour than the page around and its inside', 'forced-colors emulation is the DevTools protocol', async () => {
    const element = await connectFixture();
    const box = element.shadowRoot!.querySelector('button')!.getBoundingClientRect();
    const margin = 4;
    const clip = { x: Math.floor(box.x) - margin, y: Math.floor(box.y), width: Math.ceil(box.width) + 2 * margin, height: Math.ceil(box.height) };
    const pixels = await pixelsOf(await executeServerCommand<string, { clip: typeof clip }>('forced-colors-screenshot', { clip }), clip.width, clip.height);
    const row = Math.floor(clip.height / 2);
    const colour = (x: number) => Array.from(pixels.slice((row * clip.width + x) * 4, (row * clip.width + x) * 4 + 3));
    /** From the page into the button through one side (`inward`: 1 on the left, -1 on the right), in its padding, before the label. */
    const side = (outermost: number, inward: number) => {
      const outside = colour(outermost);
      const inside = colour(outermost + inward * (margin + 6));
      const crossing = Array.from({ length: margin + 6 }, (_, step) => colour(outermost + inward * step));
      const edge = crossing.some((seen) => clearlyApart(seen, outside) && clearlyApart(seen, inside));
      return { edge, seen: `from the page (${outside.join()}) into the button (${inside.join()}): ${crossing.map((seen) => seen.join()).join(' | ')}` };
    };
    const [left, right] = [side(0, 1), side(clip.width - 1, -1)];
    expect(left.edge, `left: ${left.seen}`).to.equal(true);
    expect(right.edge, `right: ${right.seen}`).to.equal(true);
  });
});
