/**
 * Test-runner command `press-keys`: holds `keys` down in order, then lets them go in reverse
 * (`{ keys: ['Shift', 'Tab'] }` is Shift+Tab), in every engine: puppeteer's keyboard in Chromium and
 * Firefox, WebDriver's key actions in WebKit (the runner's `sendKeys` has no `down`/`up` there).
 */
export function pressKeys() {
  return {
    name: 'press-keys',
    async executeCommand({ command, payload, session }) {
      if (command !== 'press-keys') return undefined;
      const { keys } = payload;
      if (session.browser.type === 'webdriver') {
        await session.browser.pressTogether(keys);
        return true;
      }
      const { keyboard } = session.browser.getPage(session.id);
      for (const key of keys) await keyboard.down(key);
      for (const key of [...keys].reverse()) await keyboard.up(key);
      return true;
    },
  };
}
