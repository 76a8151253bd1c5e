import { waitUntil } from '@open-wc/testing';
import type { Mount } from '../../examples/example.js';
import { testExample } from './suite.js';

const cdn = 'https://cdn.jsdelivr.net/npm/pluggy-connect-element/';

/**
 * The plain HTML example has no build and no entry: its body is put in the container, its
 * scripts run as the page's would (the CDN URL served from this package's dist/), the backend's
 * token endpoint is answered with the test's token, and its event list is read as the log.
 */
const mount: Mount = async (container, { connectToken, connectUrl, log }) => {
  const page = new DOMParser().parseFromString(await (await fetch('/examples/html/index.html')).text(), 'text/html');
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) =>
    input === '/api/connect-token' ? Promise.resolve(Response.json({ accessToken: connectToken })) : realFetch(input, init);
  container.append(...page.body.childNodes);
  for (const original of [...page.head.querySelectorAll('script'), ...container.querySelectorAll('script')]) {
    const script = document.createElement('script');
    script.type = 'module';
    if (original.src) script.src = original.src.replace(cdn, '/');
    else script.textContent = original.textContent;
    original.remove();
    container.append(script);
  }
  const observer = new MutationObserver((records) => {
    for (const node of records.flatMap((record) => [...record.addedNodes])) {
      const [, event, detail] = /^(\S+): (.*)$/.exec(node.textContent ?? '')!;
      log({ event, detail: JSON.parse(detail) });
    }
  });
  observer.observe(container.querySelector('#events')!, { childList: true });
  const element = container.querySelector('pluggy-connect')!;
  element.connectUrl = connectUrl;
  await waitUntil(() => element.connectToken === connectToken, 'the page set no connect token');
  window.fetch = realFetch;
  return () => {
    observer.disconnect();
    container.replaceChildren();
  };
};

testExample('plain HTML', mount);
