// The Open Finance screens of the widget (continue at the bank, its window closed, blocked), in
// both themes: an axe audit and a screenshot, as screens.test.ts does for the others.
import { auditScreens, openFinanceScreens } from './helpers.js';

describe('the emulator screens of the Open Finance consent', function () {
  this.timeout(20_000);
  auditScreens(openFinanceScreens);
});
