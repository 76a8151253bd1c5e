/**
 * Test-runner plugin: serves the Connect emulator (from its sources, and the shipped build) on
 * origins of their own, and gives tests the command `emulator`, which acts in the emulator's
 * cross-origin frame like a user, through each engine's own automation: real clicks and key
 * presses, controls found by role and accessible name as the engine's accessibility computes
 * them (so a control without a label cannot be found). Also takes screenshots
 * (test-results/emulator/, test-results/emulator/<engine>/ for Firefox and WebKit) and runs
 * axe-core in the frame.
 *
 * - Chromium (puppeteer over the DevTools protocol): puppeteer's ARIA query, which reads
 *   Chromium's accessibility tree through shadow roots.
 * - Firefox (puppeteer over WebDriver BiDi): the same query, BiDi's accessibility locator, which
 *   stays out of shadow roots: it is run from each shadow root of the frame. Firefox gives a
 *   password field no ARIA role (Chromium and WebKit say textbox): for the role textbox, a
 *   password field with that name matches too.
 * - WebKit (WebDriver): the frame is switched to; each plausible control's role and name come
 *   from WebDriver's Get Computed Role and Get Computed Label (WebKit's accessibility).
 *
 * A control is acted on once it is visible, enabled and has not moved for two frames. The same
 * actions work in the emulated bank's window (a popup the widget opened), found by its origin.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { startEmulatorServer } from '../../scripts/emulator-server.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const screenshotsOf = (engine) => new URL(`../../test-results/emulator/${engine === 'chromium' ? '' : `${engine}/`}`, import.meta.url);
/** How long a control may take to show up: less than the runner waits for a command (20 s), so a missing control fails with its own message. */
const patience = 15_000;

/** In the frame: whether `element` can take a click now (visible, enabled, still for two frames). */
async function actionable(element) {
  const box = () => JSON.stringify(element.getBoundingClientRect());
  const before = box();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const { width, height } = element.getBoundingClientRect();
  return element.isConnected && box() === before && width > 0 && height > 0 && element.checkVisibility({ visibilityProperty: true }) && !element.disabled;
}

/** In the frame: whether `element` is the focused element, through shadow roots. */
function hasFocus(element) {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === element;
}

/** In the frame: what the user sees: the screen's heading, its text, the connectors listed, the background colour. */
function readScreen() {
  const host = document.querySelector('pluggy-connect-emulator');
  const root = host?.shadowRoot;
  return {
    heading: root?.querySelector('h1')?.textContent ?? '',
    text: root?.querySelector('main')?.innerText ?? '',
    connectors: [...(root?.querySelectorAll('.connector button') ?? [])].map((button) => button.textContent.trim()),
    background: host ? window.getComputedStyle(host).backgroundColor : '',
  };
}

/**
 * In the frame: how wide the widget's document is, each box in it that a user could scroll
 * sideways (auto or scroll, with more to show), and the device it sees.
 */
function layout() {
  const { scrollWidth, clientWidth } = document.documentElement;
  const sideways = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      const { overflowX } = window.getComputedStyle(element);
      if ((overflowX === 'auto' || overflowX === 'scroll') && element.scrollWidth > element.clientWidth) {
        sideways.push({ box: element.localName, scrollWidth: element.scrollWidth, clientWidth: element.clientWidth });
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return { scrollWidth, clientWidth, innerWidth: window.innerWidth, sideways, userAgent: navigator.userAgent };
}

/** In the frame: axe-core's violations (axe is loaded). */
async function runAxe() {
  const { violations } = await window.axe.run(document);
  return violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target.join(' ')) }));
}

/** In the frame: every open shadow root, nested ones too. */
function shadowRoots() {
  const roots = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        roots.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  visit(document);
  return roots;
}

/** Two frames painted in the widget, so a screenshot has the screen just shown. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** puppeteer: Chromium (the DevTools protocol) and Firefox (WebDriver BiDi). */
function puppeteerDriver(session, engine) {
  const page = session.browser.getPage(session.id);
  /** By role and accessible name, e.g. `button "Continuar"`. */
  const byRole = ({ role, name }) => `::-p-aria(${name}[role="${role}"])`;

  return {
    /**
     * The frame of the emulator at `origin` whose iframe is on the page (not one still closing, nor
     * the element's warm-up frame, sandboxed), or the main frame of a window at `origin` (the bank's).
     */
    async frame(origin, wait = 10_000) {
      const deadline = Date.now() + wait;
      for (;;) {
        for (const other of await page.browser().pages()) {
          if (other !== page && other.mainFrame().url().startsWith(origin)) return other.mainFrame();
        }
        for (const frame of page.frames().filter((candidate) => candidate.url().startsWith(origin) && !candidate.detached)) {
          const element = await frame.frameElement().catch(() => null);
          if (await element?.evaluate((iframe) => iframe.isConnected && !iframe.hasAttribute('sandbox')).catch(() => false)) return frame;
        }
        if (Date.now() > deadline) throw new Error(`no emulator frame from ${origin}`);
        await sleep(50);
      }
    },
    async query(frame, target) {
      if (engine === 'chromium') return frame.$$(byRole(target));
      const roots = await frame.evaluateHandle(shadowRoots);
      const starts = [await frame.$(':root'), ...[...(await roots.getProperties()).values()].map((handle) => handle.asElement() ?? handle)];
      const found = [];
      for (const start of starts) {
        found.push(...(await start.$$(byRole(target))));
        if (target.role === 'textbox') {
          for (const candidate of await start.$$(`::-p-aria(${target.name})`)) {
            if (await candidate.evaluate((element) => element.localName === 'input' && element.type === 'password')) found.push(candidate);
          }
        }
      }
      return found;
    },
    /** Runs `fn` in the frame with the element as its argument. */
    on: (frame, handle, fn) => handle.evaluate(fn),
    click: (frame, handle) => handle.click(),
    type: (frame, text) => frame.page().keyboard.type(text),
    evaluate: (frame, fn) => frame.evaluate(fn),
    async screenshot(frame, path) {
      await page.mouse.move(0, 0); // no hover effect where the last click left the pointer
      await frame.evaluate(painted);
      const element = await frame.frameElement();
      await element.screenshot({ path, captureBeyondViewport: false });
    },
    addScript: (frame, path) => frame.addScriptTag({ path }),
    /** Closes the window of `frame` (the bank's), as its user does. */
    closeWindow: (frame) => frame.page().close(),
    done: () => undefined,
  };
}

const elementKey = 'element-6066-11e4-a52e-4f735466cecf';
/** The CSS that finds the elements that may have each role (their role and name then come from WebKit). */
const candidatesOf = {
  button: 'button, [role="button"], input[type="button"], input[type="submit"], input[type="reset"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  textbox: 'input:not([type]), input[type="text"], input[type="password"], input[type="email"], input[type="tel"], input[type="url"], textarea, [role="textbox"]',
  searchbox: 'input[type="search"], [role="searchbox"]',
  link: 'a[href], [role="link"]',
};

/** WebDriver: WebKit. Commands switch to the emulator's frame, and back to the page when done. */
function webdriverDriver(session) {
  const { webDriverUrl } = session.browser;
  const base = `${webDriverUrl}/session/${session.browser.driver.sessionId}`;
  /** One WebDriver command, straight to WebKitWebDriver; throws its error. */
  async function command(method, path, body) {
    const response = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${path}: ${value.error}: ${value.message}`);
    return value;
  }
  const execute = (script, args = []) => command('POST', '/execute/sync', { script, args });
  const switchTo = (frame) => command('POST', '/frame', { id: frame });
  const id = (reference) => reference[elementKey];
  /** Runs a function in the frame (with `args`, element references among them) and returns its result. */
  async function run(fn, ...args) {
    const result = await command('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve((${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1))).then((value) => done({ value }), (error) => done({ error: String(error) }));`,
      args,
    });
    if ('error' in result) throw new Error(result.error);
    return result.value;
  }
  const actions = (...sources) => command('POST', '/actions', { actions: sources }).finally(() => command('DELETE', '/actions'));
  /** The test page's window, to come back to from the bank's (switching to a window, even the current one, takes the focus out of its frames). */
  let home;
  let away = false;
  const goHome = async () => {
    if (away) await command('POST', '/window', { handle: home });
    away = false;
  };

  return {
    /** The frames from the page down to the emulator's (which the session is then in), frames in frames too; not the element's warm-up frame (sandboxed). */
    async frame(origin, wait = 10_000) {
      const deadline = Date.now() + wait;
      const search = async (path) => {
        for (const frame of await execute('return [...document.querySelectorAll("iframe:not([sandbox])")].filter((frame) => frame.isConnected);')) {
          if (!(await switchTo(frame).then(() => true, () => false))) continue;
          if ((await execute('return location.href;').catch(() => '')).startsWith(origin)) return [...path, frame];
          const found = await search([...path, frame]);
          if (found) return found;
          await command('POST', '/frame/parent', {});
        }
        return undefined;
      };
      home ??= await command('GET', '/window');
      for (;;) {
        await goHome();
        await switchTo(null);
        const path = await search([]);
        if (path) return path;
        for (const handle of await command('GET', '/window/handles')) {
          if (handle === home) continue;
          away = true;
          await command('POST', '/window', { handle }).catch(() => undefined);
          if ((await execute('return location.href;').catch(() => '')).startsWith(origin)) return [];
        }
        if (Date.now() > deadline) throw new Error(`no emulator frame from ${origin}`);
        await sleep(50);
      }
    },
    async query(frame, target) {
      const script = `const found = [...document.querySelectorAll(arguments[0])];
        const visit = (root) => { for (const element of root.querySelectorAll('*')) if (element.shadowRoot) { found.push(...element.shadowRoot.querySelectorAll(arguments[0])); visit(element.shadowRoot); } };
        visit(document);
        return found;`;
      let candidates;
      // An element the screen removes while WebKit hands the list over is "stale": ask again.
      for (let attempt = 1; !candidates; attempt++) {
        candidates = await execute(script, [candidatesOf[target.role] ?? '*']).catch((error) => {
          if (attempt < 10 && /stale element/.test(error.message)) return undefined;
          throw error;
        });
      }
      const found = [];
      for (const candidate of candidates) {
        const role = await command('GET', `/element/${id(candidate)}/computedrole`).catch(() => undefined);
        if (role !== target.role) continue;
        if ((await command('GET', `/element/${id(candidate)}/computedlabel`).catch(() => undefined)) === target.name) found.push(candidate);
      }
      return found;
    },
    on: (frame, handle, fn) => run(fn, handle),
    // Input actions at the control's centre, not Element Click: WebKit's WebDriver says "element click
    // intercepted" for any field in a shadow root (its hit test meets the field's own inner parts).
    async click(frame, handle) {
      await run((element) => element.scrollIntoView({ block: 'center', inline: 'center' }), handle);
      const at = { type: 'pointerMove', origin: handle, x: 0, y: 0, duration: 0 };
      await actions({ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [at, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] });
    },
    type: (frame, text) => actions({ type: 'key', id: 'keyboard', actions: [...text].flatMap((key) => [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }]) }),
    evaluate: (frame, fn) => run(fn),
    async screenshot(frame, path) {
      await actions({ type: 'pointer', id: 'mouse', actions: [{ type: 'pointerMove', duration: 0, x: 0, y: 0 }] });
      await run(painted);
      await switchTo(null);
      for (const parent of frame.slice(0, -1)) await switchTo(parent);
      await writeFile(path, Buffer.from(await command('GET', `/element/${id(frame.at(-1))}/screenshot`), 'base64'));
    },
    async addScript(frame, path) {
      await execute(`${await readFile(path, 'utf8')}\nreturn true;`);
    },
    closeWindow: () => command('DELETE', '/window'),
    async done() {
      await goHome();
      await switchTo(null);
    },
  };
}

export function emulatorServers({ engine = 'chromium' } = {}) {
  const servers = {};
  const urls = () => ({ source: servers.source.url, built: servers.built.url, bank: servers.source.bankUrl, builtBank: servers.built.bankUrl });
  /** Per session: the end of the last command, so that commands on one WebDriver session never interleave. */
  const queues = new Map();

  /** The first match that can take a click (waiting up to `patience` for one). */
  async function find(driver, frame, target) {
    const deadline = Date.now() + patience;
    for (;;) {
      for (const handle of await driver.query(frame, target)) {
        if (await driver.on(frame, handle, actionable).catch(() => false)) return handle;
      }
      if (Date.now() > deadline) throw new Error(`no ${target.role} "${target.name}" that can be used in the emulator`);
      await sleep(100);
    }
  }

  const actions = {
    /** A real click; if the control was re-rendered between finding and clicking it, the new one is clicked. */
    click: async (driver, frame, { target }) => {
      for (;;) {
        const handle = await find(driver, frame, target);
        try {
          return await driver.click(frame, handle);
        } catch (error) {
          if (await driver.on(frame, handle, actionable).catch(() => false)) throw error;
        }
      }
    },
    /** Focuses the field and types, as a user does. */
    fill: async (driver, frame, payload) => {
      await actions.click(driver, frame, payload);
      await driver.type(frame, payload.text);
    },
    waitFor: async (driver, frame, { target }) => {
      await find(driver, frame, target);
      return true; // a command answers with data: element handles stay in the server
    },
    /** How many controls match (0 when there is none). */
    count: async (driver, frame, { target }) => (await driver.query(frame, target)).length,
    /** A field's value. */
    value: async (driver, frame, { target }) => driver.on(frame, await find(driver, frame, target), (input) => input.value),
    read: (driver, frame) => driver.evaluate(frame, readScreen),
    layout: (driver, frame) => driver.evaluate(frame, layout),
    /** Whether the control has focus in the emulator's document (it may have it while the page's focus is elsewhere). */
    focused: async (driver, frame, { target }) => {
      for (const handle of await driver.query(frame, target)) if (await driver.on(frame, handle, hasFocus)) return true;
      return false;
    },
    screenshot: async (driver, frame, { name }) => {
      const directory = screenshotsOf(engine);
      await mkdir(directory, { recursive: true });
      await driver.screenshot(frame, new URL(`${name}.png`, directory).pathname);
    },
    /** Makes `window.open` return null in the frame, as a popup blocker does. */
    blockPopups: (driver, frame) =>
      driver.evaluate(frame, () => {
        window.open = () => null;
      }),
    closeWindow: (driver, frame) => driver.closeWindow(frame),
    axe: async (driver, frame) => {
      await driver.addScript(frame, axePath);
      return driver.evaluate(frame, runAxe);
    },
  };

  /**
   * Runs the action in the emulator's frame. A frame found while it still loads its document can
   * lose it to that navigation mid-action (puppeteer: "Execution context was destroyed"): the frame
   * is then looked for again, within `patience`.
   */
  async function act(session, payload) {
    const deadline = Date.now() + patience;
    for (;;) {
      const driver = session.browser.type === 'webdriver' ? webdriverDriver(session) : puppeteerDriver(session, engine);
      try {
        // Closing a window that is already gone (it closed itself) does nothing.
        const closing = payload.action === 'closeWindow';
        const frame = await driver.frame(payload.origin ?? urls().source, closing ? 0 : undefined).catch((error) => {
          if (closing && /no emulator frame/.test(error.message)) return undefined;
          throw error;
        });
        return frame ? await actions[payload.action](driver, frame, payload) : false;
      } catch (error) {
        if (!/Execution context was destroyed|detached Frame/i.test(error.message) || Date.now() > deadline) throw error;
      } finally {
        await driver.done();
      }
    }
  }

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
      const previous = queues.get(session.id) ?? Promise.resolve();
      const result = previous.then(() => act(session, payload));
      queues.set(session.id, result.catch(() => undefined));
      return (await result) ?? true;
    },
  };
}
