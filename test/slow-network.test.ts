// A slow network (Chrome's "Slow 3G": 2 s per request, 50 KB/s) for the page and the Connect app's
// frame: a widget that keeps loading is not cut off by the load timeout, which counts from the
// last progress; a server that is down still fails fast.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { emulator, emulatorFixture, heading, nextDetail, waitFor } from '../emulator/test/helpers.js';
import { describeInChromiumOnly } from './engine.js';
import { spyConsole } from './helpers.js';

const network = (profile: 'Slow 3G' | null) => executeServerCommand('network', { profile });

describeInChromiumOnly('on a slow network', "network throttling is Chromium's DevTools protocol", function () {
  this.timeout(90_000);
  afterEach(() => network(null));

  it('the widget opens with the default settings', async () => {
    const element = await emulatorFixture('', { url: emulator.built });
    await network('Slow 3G');
    await element.show();
    await waitFor(heading('Conecte sua conta com segurança'), emulator.built);
    expect(element.open).to.equal(true);
    await element.close();
  });

  it('a Connect server that is down still fails fast, with LOAD_FAILED', async () => {
    const element = await emulatorFixture('', { url: await executeServerCommand<string, undefined>('down-url') });
    await element.prefetch();
    await network('Slow 3G');
    const console = spyConsole();
    const started = performance.now();
    const failed = nextDetail(element, 'pluggy-error');
    const failure: unknown = await element.show().catch((error: unknown) => error);
    console.restore();
    expect(failure).to.have.property('code', 'LOAD_FAILED');
    expect((await failed).code).to.equal('LOAD_FAILED');
    expect(performance.now() - started).to.be.lessThan(10_000);
  });
});
