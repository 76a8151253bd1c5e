// The emulator page's module: the child side of the SDK's protocol. `initialize()` is what the
// hosted Connect app calls; it gives this frame `window.xprops` (options and callbacks).
import { initialize } from 'pluggy-connect-sdk/dist/module/pluggy-connect.js';
import { bankOf } from './bank.js';
import { ConnectEmulatorElement } from './element.js';
import { parentOf } from './bridge.js';
import { Flow } from './flow.js';
import { languageOf } from '../i18n.js';
import { log } from './log.js';
import { isScenario } from '../scenarios.js';
import { play } from './play.js';
import { isExpired, readToken } from '../token.js';
import { Webhooks } from './webhooks.js';

customElements.define('pluggy-connect-emulator', ConnectEmulatorElement);
initialize();

const app = new ConnectEmulatorElement();
const { xprops } = window;
if (xprops) {
  app.theme = xprops.theme === 'dark' ? 'dark' : 'light';
  // Native parts (scrollbars, autofill) follow the theme too.
  document.documentElement.style.colorScheme = app.theme;
  app.language = xprops.language;
  document.documentElement.lang = languageOf(xprops.language);
  const parent = parentOf(xprops);
  const claims = readToken(xprops.connectToken || '');
  if (!claims || isExpired(claims)) {
    log('session refused: the connect token is not an unexpired JWT');
    parent.error({ message: 'Invalid connect token: it must be an unexpired JWT' });
    app.refuseToken = () => parent.close();
  } else {
    const bank = bankOf(document);
    const flow = new Flow(xprops, claims, parent, new Webhooks(claims.webhookUrl), () => app.requestUpdate(), bank);
    app.flow = flow;
    const scenario = new URLSearchParams(location.search).get('scenario');
    log(`session: ${flow.connectors.length} connectors listed, language ${languageOf(xprops.language)}, theme ${app.theme}${isScenario(scenario) ? `, scenario ${scenario}` : ''}`);
    if (isScenario(scenario)) void play(scenario, flow, bank);
  }
}
document.body.append(app);
