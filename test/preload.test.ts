import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { PluggyConnectElement } from '../src/index.js';
import { connectUrl, token } from './helpers.js';

// The SDK announces itself on `window` when it is evaluated; a page loads it at most once, so
// these run in order in one page (and `preload` idle in preload-idle.test.ts, a page of its own).
const sdkLoaded = () => '__PLUGGY_CONNECT_SDK_VERSION' in window;
const idle = () => new Promise((resolve) => requestIdleCallback(resolve));

describe('preload', () => {
  it('nothing loads before intent (by default) or before show() (preload="none")', async () => {
    await fixture(`<div><pluggy-connect connect-url="${connectUrl}"></pluggy-connect><pluggy-connect preload="none"></pluggy-connect></div>`);
    await idle();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sdkLoaded()).to.equal(false);
  });

  it('by default, the pointer entering the element loads the SDK, before any show()', async () => {
    const element = await fixture<PluggyConnectElement>(`<pluggy-connect connect-url="${connectUrl}"></pluggy-connect>`);
    element.connectToken = token;
    await idle();
    expect(sdkLoaded()).to.equal(false);
    const box = element.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await waitUntil(sdkLoaded, 'hovering did not load the SDK');
    expect(element.open).to.equal(false);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('an unknown preload value warns once and loads nothing', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    await fixture(`<pluggy-connect preload="eager"></pluggy-connect>`);
    console.warn = warn;
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('preload="eager" is not intent, idle or none');
  });
});
