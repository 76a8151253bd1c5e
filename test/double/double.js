// The Connect test double: a child app that talks to the parent exactly as the hosted Connect
// app does, through the SDK's own `initialize()` and `window.xprops`. It reports the
// configuration it received and plays the steps a test sends it (see test/helpers.ts). People
// trying the widget use the Connect emulator (emulator/), not this page.
//
// Chosen by the connect URL's query: `?fault=silent` never completes the handshake;
// `?fault=rogue` is not a widget at all and posts the widget's background message to its parent;
// `?delay=<ms>` completes the handshake that much later, and with `&progress=<ms>` posts its parent
// a message that often meanwhile (an app that loads in parts); `?announce` sends a first `onEvent`
// (SUBMITTED_CONSENT) as soon as it has loaded, for benchmarks.
import { initialize } from 'pluggy-connect-sdk/dist/module/pluggy-connect.js';

const query = new URLSearchParams(location.search);
if (query.get('fault') === 'rogue') window.parent.postMessage(JSON.stringify({ type: 'CONTINUE_IN_BACKGROUND' }), '*');
if (query.has('fault')) await new Promise(() => undefined);
const progress = query.has('progress') ? setInterval(() => window.parent.postMessage({ from: 'connect-double', type: 'loading' }, '*'), Number(query.get('progress'))) : undefined;
await new Promise((resolve) => setTimeout(resolve, Number(query.get('delay') ?? 0)));
clearInterval(progress);

initialize();
const { xprops } = window;
// zoid defines every declared prop; an option that was not passed is undefined.
const config = Object.fromEntries(
  Object.entries(xprops).filter(([, value]) => value !== undefined && typeof value !== 'function'),
);

function report(type, data) {
  window.parent.postMessage({ from: 'connect-double', type, ...data }, '*');
}

const actions = {
  /** Calls an xprop: a widget callback (`onSuccessProp`, …) or a zoid helper (`close`, `hide`). */
  call: ({ name, args = [] }) => xprops[name](...args),
  /** Posts a raw message to the parent, as the hosted app does for `CONTINUE_IN_BACKGROUND`. */
  post: ({ message }) => window.parent.postMessage(message, '*'),
};

window.addEventListener('message', async (event) => {
  if (event.data?.to !== 'connect-double') return;
  for (const step of event.data.steps) await actions[step.action](step);
  report('played', { id: event.data.id });
});

report('ready', { config });

if (query.has('announce')) void xprops.onEventProp({ event: 'SUBMITTED_CONSENT', timestamp: Date.now() });
