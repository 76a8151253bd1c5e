// The plain HTML example (examples/html/), which loads the CDN build from jsDelivr with an SRI hash
// and has no build step, in every engine: the page registers the element from that build, a click
// opens the widget, and the page shows the connection the user made. The page is served as its
// users get it, but with the CDN's files from dist/cdn/ and the tests' emulator (test/server/cdn.mjs).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { emulator, heading, signIn, waitFor } from '../emulator/test/helpers.js';

type Page = Window & typeof globalThis;

/** The example page in a frame of the test page. */
async function examplePage(query = ''): Promise<{ frame: HTMLIFrameElement; page: Page }> {
  const frame = document.createElement('iframe');
  frame.src = `/test/cdn-example/?connect-url=${encodeURIComponent(emulator.built)}${query}`;
  frame.style.cssText = 'width: 780px; height: 560px; border: 0';
  document.body.append(frame);
  await oneEvent(frame, 'load');
  return { frame, page: frame.contentWindow as Page };
}

describe('the plain HTML example, on the CDN build', function () {
  this.timeout(20_000);
  afterEach(() => document.querySelectorAll('iframe[src^="/test/cdn-example/"]').forEach((frame) => frame.remove()));

  it('loads the build its SRI hash names, opens the widget on a click, and shows the connection made', async () => {
    const { frame, page } = await examplePage();
    const script = page.document.querySelector('script[src*="/dist/cdn/pluggy-connect.min.js"]')!;
    const hashes = (await (await fetch('/dist/cdn/integrity.min.json')).json()) as Record<string, string>;
    expect(script.getAttribute('integrity')).to.equal(hashes['pluggy-connect.min.js']);
    expect(new URL(script.getAttribute('src')!).origin, 'the CDN is another origin').not.to.equal(location.origin);
    // The browser ran the script: it matched its hash.
    await waitUntil(() => page.customElements.get('pluggy-connect'), 'the CDN build did not register <pluggy-connect>');

    // A click on the trigger, as a user makes it.
    const trigger = page.document.querySelector('pluggy-connect')!.shadowRoot!.querySelector('button')!;
    const [inPage, inFrame] = [frame.getBoundingClientRect(), trigger.getBoundingClientRect()];
    await sendMouse({ type: 'click', position: [Math.round(inPage.x + inFrame.x + inFrame.width / 2), Math.round(inPage.y + inFrame.y + inFrame.height / 2)] });
    await waitFor(heading('Conecte sua conta com segurança'), emulator.built);
    await signIn('user-ok', { origin: emulator.built });
    const status = page.document.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent.startsWith('Connected: '), `the page says "${status.textContent}"`, { timeout: 10_000 });
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('does not run a CDN file that is not the one its SRI hash names', async () => {
    const { page } = await examplePage('&tampered');
    // The frame's load event came after its module scripts ran, or were refused.
    expect(page.customElements.get('pluggy-connect')).to.equal(undefined);
    // Refused for its hash alone: the file is there.
    const src = page.document.querySelector('script[src*="/dist/cdn/pluggy-connect.min.js"]')!.getAttribute('src')!;
    expect((await fetch(src)).status).to.equal(200);
  });
});
