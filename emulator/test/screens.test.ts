// Every screen of the emulator, in both themes: an axe audit, and a screenshot kept in
// test-results/emulator/ (docs/emulator.md's come from there: npm run screenshots).
import { auditScreens, screens } from './helpers.js';

describe('the emulator screens', function () {
  this.timeout(20_000);
  auditScreens(screens);
});
