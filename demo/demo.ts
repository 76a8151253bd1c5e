import '../src/index.js';

const connect = document.querySelector('pluggy-connect')!;
connect.connectUrl = `http://127.0.0.1:${location.port}`;

// Each form control sets the attribute of the same name.
const form = document.querySelector<HTMLFormElement>('#options')!;
form.addEventListener('input', (event) => {
  const control = event.target as HTMLInputElement | HTMLSelectElement;
  const value = control instanceof HTMLInputElement && control.type === 'checkbox' ? (control.checked ? '' : null) : control.value || null;
  if (value === null) connect.removeAttribute(control.name);
  else connect.setAttribute(control.name, value);
});

document.querySelector('#hide')!.addEventListener('click', () => {
  setTimeout(() => void connect.hide(), 3000);
});

const log = document.querySelector('#log')!;
const logged = ['open', 'hide', 'close', 'success', 'error', 'event'].map((name) => `pluggy-${name}`);
function record(event: Event) {
  const { detail } = event as CustomEvent<unknown>;
  const entry = document.createElement('li');
  entry.textContent = `${event.type}${detail === null ? '' : ` ${JSON.stringify(detail)}`}`;
  log.append(entry);
}
for (const name of logged) connect.addEventListener(name, record);
// The per-type events (pluggy-submitted-consent, …) are named by rule: log them from pluggy-event.
connect.addEventListener('pluggy-event', ({ detail }) => {
  const entry = document.createElement('li');
  entry.textContent = `  also fired: pluggy-${detail.event.toLowerCase().replaceAll('_', '-')}`;
  log.append(entry);
});
