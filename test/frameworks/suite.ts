// One browser test per framework example (examples/<name>/, built by its own toolchain into
// dist/): the app is mounted as its users would mount it, and the checks go through the real SDK
// and the Connect test double.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { LogEntry, Mount } from '../../examples/example.js';
import type { PluggyConnectElement } from '../../src/index.js';
import { call, connectUrl, nextChild, openChild, pageTraces, play, token, type Child } from '../helpers.js';

const item = { id: 'item-1', status: 'UPDATED', executionStatus: 'SUCCESS', connector: { id: 201, name: 'Pluggy Bank' } };
const error = { message: 'Invalid credentials', data: { item: { ...item, status: 'LOGIN_ERROR' } } };
const consent = { event: 'SUBMITTED_CONSENT', timestamp: 1764158400000 };

export interface ExampleOptions {
  /** What that framework's handler reports besides the event (Angular: its zone). */
  expectEntry?: (entry: LogEntry) => LogEntry;
  /** Opens the widget through the example's own UI; by default, the element's `show()`. */
  open?: (container: HTMLElement) => void;
}

/** Tests an example: `app` is its built ES module (`examples/<name>/dist/…`), or its `mount`. */
export function testExample(name: string, app: string | Mount, { expectEntry = (logged) => logged, open }: ExampleOptions = {}): void {
  describe(`the ${name} example`, function () {
    this.timeout(20_000);
    const connectToken = token;
    let mount: Mount;
    let log: LogEntry[];
    let unmount: (() => void) | undefined;
    let container: HTMLElement;

    async function mounted() {
      container = document.createElement('div');
      document.body.append(container);
      // Its own log: a previous test's element may still report its close.
      const entries: LogEntry[] = (log = []);
      unmount = await mount(container, { connectToken, connectUrl, log: (logged) => entries.push(logged) });
      return waitUntil(() => container.querySelector('pluggy-connect'), 'the example rendered no <pluggy-connect>').then(
        () => container.querySelector('pluggy-connect')!,
      );
    }

    function opened(element: PluggyConnectElement): Promise<Child> {
      if (!open) return openChild(element);
      const child = nextChild();
      open(container);
      return child;
    }

    function unmounted() {
      unmount?.();
      unmount = undefined;
      container.remove();
    }

    before(async () => {
      mount = typeof app === 'string' ? ((await import(app)) as { mount: Mount }).mount : app;
      // zoid adds its page-wide listeners on first use: traces are measured after one session.
      const element = await mounted();
      await openChild(element);
      await element.close();
      unmounted();
    });

    afterEach(unmounted);

    it('passes the options its template sets to the widget, with their types', async () => {
      const child = await opened(await mounted());
      expect(child.config).to.deep.include({
        connectToken,
        url: connectUrl,
        includeSandbox: true,
        connectorIds: [201, 202],
        openFinanceParameters: { cpf: '00000000191' },
      });
    });

    it('hands pluggy-success, pluggy-error, pluggy-submitted-consent and pluggy-close to its handlers', async () => {
      const child = await opened(await mounted());
      await play(child, call('onSuccessProp', { item }), call('onErrorProp', error), call('onEventProp', consent), call('close'));
      await waitUntil(() => log.length === 4, `the handlers saw ${JSON.stringify(log)}`);
      expect(log).to.deep.equal(
        [
          { event: 'pluggy-success', detail: { item } },
          { event: 'pluggy-error', detail: error },
          { event: 'pluggy-submitted-consent', detail: consent },
          { event: 'pluggy-close', detail: null },
        ].map(expectEntry),
      );
    });

    it('closes the widget when unmounted, and leaves the page as it was', async () => {
      const before = await pageTraces();
      const element = await mounted();
      await opened(element);
      const closed = oneEvent(element, 'pluggy-close');
      unmount!(); // the framework's own unmount: the container stays in the page
      unmount = undefined;
      await closed;
      expect([element.open, element.isConnected]).to.deep.equal([false, false]);
      expect(await pageTraces()).to.deep.equal(before);
    });
  });
}
