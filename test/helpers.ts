import { fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { PluggyConnectElement } from '../src/index.js';

// open-wc removes a test's fixtures after it; a removed element's session ends after that task
// (src/lifecycle.ts), and the next test starts once it has.
afterEach(() => new Promise((resolve) => setTimeout(resolve)));

/** The Connect test double, served at the root of a second origin (see web-test-runner.config.mjs). */
export const connectUrl = `http://127.0.0.1:${location.port}`;

/** A JWT-shaped connect token (unsigned: only the Connect app would verify it) with `payload`. */
export function jwt(payload: Record<string, unknown>): string {
  const part = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.signature`;
}

/** A connect token that expires in 30 minutes, as the vendor's do. */
export const token = jwt({ exp: Math.floor(Date.now() / 1000) + 30 * 60, clientId: 'test-double' });

/** What the double reports: the configuration (`window.xprops` without functions) it received. */
export type ChildConfig = Record<string, unknown>;

/** The child window of the widget that is open, to send steps to. */
export interface Child {
  config: ChildConfig;
  window: MessageEventSource;
}

/** A step the double plays, in order: call an xprop, or post a raw message to the parent. */
export type Step = { action: 'call'; name: string; args?: unknown[] } | { action: 'post'; message: unknown };

function fromDouble(type: string, filter: (data: Record<string, unknown>) => boolean = () => true, signal?: AbortSignal) {
  return new Promise<MessageEvent<Record<string, unknown> | null>>((resolve) => {
    const controller = new AbortController();
    signal?.addEventListener('abort', () => controller.abort());
    const listener = (event: MessageEvent<Record<string, unknown> | null>) => {
      const data = event.data;
      if (data?.from !== 'connect-double' || data.type !== type || !filter(data)) return;
      controller.abort();
      resolve(event);
    };
    window.addEventListener('message', listener, { signal: controller.signal });
  });
}

/** Collects the configuration of every child that completes its handshake, until `stop()`. */
export function recordChildren() {
  const children: ChildConfig[] = [];
  const listening = new AbortController();
  const collect = (event: MessageEvent<{ from?: string; type?: string; config?: ChildConfig } | null>) => {
    if (event.data?.from === 'connect-double' && event.data.type === 'ready' && event.data.config) children.push(event.data.config);
  };
  window.addEventListener('message', collect, { signal: listening.signal });
  return { children, stop: () => listening.abort() };
}

/** Resolves with the next double that finishes loading (the widget's child page). */
export async function nextChild(): Promise<Child> {
  const event = await fromDouble('ready');
  return { config: event.data!.config as ChildConfig, window: event.source! };
}

/** Opens the element's widget and resolves with its child once `show()` has resolved. */
export async function openChild(element: PluggyConnectElement): Promise<Child> {
  const child = nextChild();
  await element.show();
  return child;
}

let played = 0;

/**
 * Has the double play `steps`, and resolves once it has (each xprop call has returned), or once
 * the child is gone (a step that closes the widget ends the child with it).
 */
export async function play(child: Child, ...steps: Step[]): Promise<void> {
  const id = ++played;
  const stop = new AbortController();
  const done = fromDouble('played', (data) => data.id === id, stop.signal);
  child.window.postMessage({ to: 'connect-double', id, steps }, { targetOrigin: '*' });
  await Promise.race([done, waitUntil(() => (child.window as Window).closed, 'the child neither played nor closed')]);
  stop.abort();
}

/** Shorthand for a step that calls a widget callback or zoid helper of the child. */
export const call = (name: string, ...args: unknown[]): Step => ({ action: 'call', name, args });

/** A `<pluggy-connect>` pointed at the double with a token (a property), plus `attributes`. */
export async function connectFixture(attributes = ''): Promise<PluggyConnectElement> {
  const element = await fixture<PluggyConnectElement>(`<pluggy-connect connect-url="${connectUrl}" ${attributes}></pluggy-connect>`);
  element.connectToken = token;
  return element;
}

/**
 * Opens and closes one widget. zoid adds its page-wide listeners on first use: tests that compare
 * the page before and after sessions measure from after this.
 */
export async function warmUp(): Promise<void> {
  const element = await connectFixture();
  await openChild(element);
  await element.close();
  element.remove();
}

/**
 * The event listeners on `window` and `document`, by type (`window:message`: 1), as counted by the
 * script the test page runs first (test/server/count-listeners.mjs), in every engine.
 */
export const pageListeners = () => (window as unknown as { pageListeners(): Record<string, number> }).pageListeners();

/** Everything a widget session may leave behind on the page. */
export interface PageTraces {
  iframes: number;
  containers: number;
  bodyClasses: string;
  listeners: Record<string, number>;
}

/** zoid's page-wide state (`window.__zoid_<version>__`), with its `message` listener. */
const zoidOnPage = () => Object.keys(window).some((key) => /^__zoid_\d+_\d+_\d+__$/.test(key));

/**
 * With no widget on the page, waits until zoid has dropped its page-wide state: it does so a task
 * or two after the last widget closed (src/sdk/zoid-cleanup.ts), and a page that looks later sees that.
 */
export async function settled(): Promise<void> {
  if (document.body.querySelector(':scope > [data-pluggy-connect]')) return;
  await waitUntil(() => !zoidOnPage(), 'zoid kept its page-wide state with no widget on the page', { timeout: 2000 });
}

export async function pageTraces(): Promise<PageTraces> {
  await settled();
  return {
    iframes: document.querySelectorAll('iframe').length,
    containers: document.body.querySelectorAll(':scope > [data-pluggy-connect]').length,
    bodyClasses: document.body.className,
    listeners: pageListeners(),
  };
}

/**
 * Holds `keys` down in order, then lets them go (`pressKeys('Shift', 'Tab')`), in every engine
 * (test/server/keys.mjs: the runner's `sendKeys` has no `down` and `up` in WebKit).
 */
export const pressKeys = (...keys: string[]) => executeServerCommand<true, { keys: string[] }>('press-keys', { keys });

/**
 * Escape pressed on the page while the widget shows: the widget's frame has the focus (keys go to
 * the Connect app), so the user first clicks beside the widget, on its backdrop, which gives the
 * focus back to the page; then the SDK's Escape handler on the page closes the widget.
 */
export async function pressEscapeOnThePage(): Promise<void> {
  await sendMouse({ type: 'click', position: [window.innerWidth - 2, window.innerHeight - 2] });
  await sendKeys({ press: 'Escape' });
}

/** Collects every event of the given names fired on `target`, in order. */
export function recordEvents(target: EventTarget, names: string[]): Array<{ type: string; detail: unknown }> {
  const seen: Array<{ type: string; detail: unknown }> = [];
  for (const name of names) target.addEventListener(name, (event) => seen.push({ type: name, detail: (event as CustomEvent).detail }));
  return seen;
}

/** Records what is logged through `console` until `restore()`, instead of printing it. */
export function spyConsole() {
  const levels = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = levels.map((level) => console[level].bind(console));
  const calls: Array<{ level: string; text: string }> = [];
  for (const level of levels) console[level] = (...args: unknown[]) => calls.push({ level, text: args.map(String).join(' ') });
  return {
    calls,
    restore() {
      levels.forEach((level, index) => (console[level] = originals[index]!));
    },
  };
}
