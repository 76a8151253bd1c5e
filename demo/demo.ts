// The playground: a <pluggy-connect> bound to a form of its options, a log of its events, and
// the webhooks the demo backend received, side by side.
import '../src/index.js';
import { eventNameFor } from '../src/event-names.js';
import { Log } from './log.js';
import { bindOptions } from './options.js';

const hostedUrl = 'https://connect.pluggy.ai';
const connect = document.querySelector('pluggy-connect')!;
const tokenField = document.querySelector<HTMLInputElement>('#token')!;
const appChoice = document.querySelector<HTMLFormElement>('#app')!;
const snippet = document.querySelector('#snippet')!;

const { emulatorUrl, tokens } = (await fetch('/api/demo').then((response) => response.json())) as {
  emulatorUrl: string;
  tokens: 'emulator' | 'pluggy';
};
document.querySelector('#emulator-url')!.textContent = emulatorUrl;
document.querySelector('#token-source')!.textContent =
  tokens === 'pluggy' ? 'real tokens from the Pluggy API (PLUGGY_CLIENT_ID is set)' : 'emulator tokens (offline)';

/** The copy-paste HTML of the current configuration (the token is a property: never in the HTML). */
function showSnippet(): void {
  const attributes = [...connect.attributes].filter(({ name }) => name !== 'id' && name !== 'open');
  const lines = attributes.map(({ name, value }) => (value === '' ? `  ${name}` : `  ${name}='${value}'`));
  snippet.textContent = `<pluggy-connect\n${lines.join('\n')}\n></pluggy-connect>\n<script>\n  document.querySelector('pluggy-connect').connectToken = accessTokenFromYourBackend;\n</script>`;
}

function useApp(): void {
  const hosted = new FormData(appChoice).get('app') === 'hosted';
  connect.setAttribute('connect-url', hosted ? hostedUrl : emulatorUrl);
  showSnippet();
}

/** Shows why the demo backend could not mint a token (e.g. real-token mode without network). */
function report(error: unknown): void {
  document.querySelector('#problem')!.textContent = String(error);
}

/** A token from the demo backend (POST /api/connect-token), for an update when update-item is set. */
async function mintToken(): Promise<void> {
  const response = await fetch('/api/connect-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ itemId: connect.updateItem }),
  });
  const body = (await response.json()) as { accessToken?: string; message?: string };
  if (!body.accessToken) throw new Error(body.message ?? `the demo backend answered ${response.status}`);
  tokenField.value = connect.connectToken = body.accessToken;
}

bindOptions(document.querySelector<HTMLFormElement>('#options')!, connect, showSnippet);
(appChoice.elements.namedItem(tokens === 'pluggy' ? 'hosted' : 'emulator') as HTMLInputElement).checked = true;
appChoice.addEventListener('change', useApp);
useApp();
tokenField.addEventListener('input', () => (connect.connectToken = tokenField.value.trim()));
document.querySelector('#mint')!.addEventListener('click', () => void mintToken().catch(report));
document.querySelector('#hide')!.addEventListener('click', () => setTimeout(() => void connect.hide(), 3000));
document.querySelector('#close')!.addEventListener('click', () => void connect.close());
document.querySelector('#copy')!.addEventListener('click', () => void navigator.clipboard.writeText(snippet.textContent));
void mintToken().catch(report);

const events = new Log(document.querySelector('#events')!);
const record = (event: Event) => events.add(event.type, (event as CustomEvent<unknown>).detail);
for (const name of ['pluggy-open', 'pluggy-hide', 'pluggy-close', 'pluggy-success', 'pluggy-error']) {
  connect.addEventListener(name, record);
}
// Each onEvent fires pluggy-event and its type's own event (pluggy-submitted-consent, …): one line
// for both.
connect.addEventListener('pluggy-event', ({ type, detail }) => {
  const typed = eventNameFor(detail.event);
  events.add(typed ? `${type} + ${typed}` : type, detail);
});
const webhooks = new Log(document.querySelector('#webhooks')!);
new EventSource('/api/webhooks/stream').addEventListener('message', ({ data }: MessageEvent<string>) => {
  const { body } = JSON.parse(data) as { body: unknown };
  webhooks.add('POST /webhooks', body);
});
document.querySelector('#clear')!.addEventListener('click', () => {
  events.clear();
  webhooks.clear();
});
