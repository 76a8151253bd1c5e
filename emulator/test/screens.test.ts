// Every screen of the emulator, in both themes: an axe audit, and a screenshot kept in
// test-results/emulator/ (docs/emulator.md's come from there: npm run screenshots).
import { expect } from '@open-wc/testing';
import { allProducts, axe, emulatorFixture, screens, screenshot } from './helpers.js';

describe('the emulator screens', function () {
  this.timeout(20_000);

  for (const theme of ['light', 'dark']) {
    for (const [name, reach] of Object.entries(screens)) {
      it(`the ${name} screen in the ${theme} theme passes an axe audit`, async () => {
        const element = await emulatorFixture(`include-sandbox allow-connect-in-background theme="${theme}" products="${allProducts}"`);
        await element.show();
        await reach();
        await screenshot(`${name}-${theme}`);
        expect(await axe()).to.deep.equal([]);
      });
    }
  }
});
