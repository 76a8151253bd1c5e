import 'pluggy-connect-element';

const connect = document.querySelector('pluggy-connect')!;
const status = document.querySelector('[role="status"]')!;

// The Connect emulator in development and tests; unset in production (the hosted Connect app).
connect.connectUrl = import.meta.env.VITE_CONNECT_URL;
connect.addEventListener('pluggy-success', (event) => {
  status.textContent = `Connected: ${event.detail.item.id}`;
});
connect.addEventListener('pluggy-error', (event) => {
  status.textContent = `Could not connect: ${event.detail.message}`;
});
