/**
 * Test-runner plugin: serves the Connect emulator (from its sources, and the shipped build) on
 * origins of their own, and gives tests the command `emulator`, which acts in the emulator's
 * frame like a user, through the DevTools protocol: real clicks and key presses, elements found
 * by role and accessible name (so a control without a label cannot be found). Also takes
 * screenshots (test-results/emulator/) and runs axe-core in the frame.
 */
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { startEmulatorServer } from '../../scripts/emulator-server.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const screenshots = new URL('../../test-results/emulator/', import.meta.url);

/** By role and accessible name, e.g. `button "Continuar"`. */
const byRole = ({ role, name }) => `::-p-aria(${name}[role="${role}"])`;

export function emulatorServers() {
  const servers = {};
  const urls = () => ({ source: servers.source.url, built: servers.built.url });

  /** The frame of the emulator at `origin` whose iframe is on the page (not one still closing). */
  async function frameOf(page, origin) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      for (const frame of page.frames().filter((candidate) => candidate.url().startsWith(origin) && !candidate.detached)) {
        const element = await frame.frameElement().catch(() => null);
        if (await element?.evaluate((iframe) => iframe.isConnected).catch(() => false)) return frame;
      }
      if (Date.now() > deadline) throw new Error(`no emulator frame from ${origin}`);
      await sleep(50);
    }
  }

  const actions = {
    click: (frame, { target }) => frame.locator(byRole(target)).click(),
    /** Focuses the field and types, as a user does. */
    fill: async (frame, { target, text }) => {
      await frame.locator(byRole(target)).click();
      await frame.page().keyboard.type(text);
    },
    waitFor: (frame, { target }) => frame.locator(byRole(target)).wait(),
    /** How many controls match (0 when there is none). */
    count: async (frame, { target }) => (await frame.$$(byRole(target))).length,
    /** A field's value. */
    value: (frame, { target }) => frame.locator(byRole(target)).map((input) => input.value).wait(),
    /** What the user sees: the screen's heading, its text, the connectors listed, the background colour. */
    read: (frame) =>
      frame.evaluate(() => {
        const host = document.querySelector('pluggy-connect-emulator');
        const root = host?.shadowRoot;
        return {
          heading: root?.querySelector('h1')?.textContent ?? '',
          text: root?.querySelector('main')?.innerText ?? '',
          connectors: [...(root?.querySelectorAll('.connector button') ?? [])].map((button) => button.textContent.trim()),
          background: host ? window.getComputedStyle(host).backgroundColor : '',
        };
      }),
    screenshot: async (frame, { name }) => {
      await mkdir(screenshots, { recursive: true });
      await frame.page().mouse.move(0, 0); // no hover effect where the last click left the pointer
      // Two frames painted in the widget, so the capture has the screen just shown.
      await frame.evaluate(() => new Promise((resolve) => window.requestAnimationFrame(() => window.requestAnimationFrame(resolve))));
      const element = await frame.frameElement();
      await element.screenshot({ path: new URL(`${name}.png`, screenshots).pathname, captureBeyondViewport: false });
      return true;
    },
    axe: async (frame) => {
      await frame.addScriptTag({ path: axePath });
      return frame.evaluate(async () => {
        const { violations } = await window.axe.run(document);
        return violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target.join(' ')) }));
      });
    },
  };

  return {
    name: 'emulator-servers',
    async serverStart() {
      servers.source = await startEmulatorServer();
      servers.built = await startEmulatorServer({ built: true });
    },
    async serverStop() {
      await Promise.all(Object.values(servers).map((server) => server.close()));
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'emulator-urls') return urls();
      if (command !== 'emulator') return undefined;
      const frame = await frameOf(session.browser.getPage(session.id), payload.origin ?? urls().source);
      return (await actions[payload.action](frame, payload)) ?? true;
    },
  };
}
