// Windows High Contrast (`forced-colors: active`) replaces the page's colours with the system's:
// the default button's background goes, and with it its shape, unless it has a border, which the
// system colours draw. The screenshot comes from Chromium's emulation of that mode.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { itInChromiumOnly } from './engine.js';
import { connectFixture } from './helpers.js';

/** The pixels of a screenshot (a base64 PNG), as the page decodes it. */
async function pixelsOf(png: string, width: number, height: number): Promise<Uint8ClampedArray> {
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, width, height).data;
}

describe('the default button in forced colours', () => {
  itInChromiumOnly('has a visible edge: along its middle, a line of another colour than the page around and its inside', 'forced-colors emulation is the DevTools protocol', async () => {
    const element = await connectFixture();
    const box = element.shadowRoot!.querySelector('button')!.getBoundingClientRect();
    const margin = 4;
    const clip = { x: Math.floor(box.x) - margin, y: Math.floor(box.y), width: Math.ceil(box.width) + 2 * margin, height: Math.ceil(box.height) };
    const pixels = await pixelsOf(await executeServerCommand<string, { clip: typeof clip }>('forced-colors-screenshot', { clip }), clip.width, clip.height);
    const row = Math.floor(clip.height / 2);
    const colour = (x: number) => Array.from(pixels.slice((row * clip.width + x) * 4, (row * clip.width + x) * 4 + 3)).join();
    const outside = colour(0);
    const inside = colour(margin + 6); // in the left padding, before the label
    const crossing = Array.from({ length: 6 }, (_, step) => colour(margin - 1 + step));
    expect(crossing.filter((seen) => seen !== outside && seen !== inside), `from the page (${outside}) into the button (${inside}): ${crossing.join(' | ')}`).not.to.deep.equal([]);
  });
});
