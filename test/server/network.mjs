/**
 * Test-runner plugin: the command `network` emulates a network profile of Chrome's DevTools
 * (`{ profile: 'Slow 3G' }`, or `{ profile: null }` for none) for the test's page and every frame
 * in it, the widget's cross-origin frame included.
 */
import { PredefinedNetworkConditions } from 'puppeteer-core';

export function networkProfiles() {
  return {
    name: 'network-profiles',
    async executeCommand({ command, payload, session }) {
      if (command !== 'network') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateNetworkConditions(payload.profile ? PredefinedNetworkConditions[payload.profile] : null);
      return true;
    },
  };
}
